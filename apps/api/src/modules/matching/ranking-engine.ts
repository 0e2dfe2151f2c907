import {
  ASK_DATABASE,
  BADGE_BIT,
  LEVEL_MASK,
  type MatchIndex,
  NO_DAY,
  NO_REPUTATION,
  NO_TEXT,
  type ScanColumns,
  shared,
  TERM_BITS,
  TERM_MASK,
} from './match-index.js';
import type { RankedRow, RankingRequest } from './ranking-query.js';
import type { RankingWorkers, Scores } from './ranking-workers.js';
import {
  EARLY_FACTORS,
  FEATURE_NAMES,
  type FeatureName,
  FILTERED_FEATURES,
  floors,
  LATE_FACTORS,
  maxPoints,
  type Ramp,
  ramps,
} from './scoring.js';
import { queryWords, rankOr } from './text-relevance.js';

/** What the engine asks PostgreSQL about text: a post's query, and (rarely) cards' ts_rank. */
export interface TextSource {
  /** The OR query ranking uses for these words, in its text form. */
  query(words: string): Promise<string>;
  /** ts_rank of these VAs' cards, for cards whose words the index could not pack. */
  ranks(userIds: string[], words: string): Promise<Map<string, number>>;
}

const FEATURE = Object.fromEntries(FEATURE_NAMES.map((name, position) => [name, position])) as Record<
  FeatureName,
  number
>;
const EARLY_RAMPS = compileRamps(ramps(EARLY_FACTORS));
const LATE_RAMPS = compileRamps(ramps(LATE_FACTORS));
const LATE_POINTS = maxPoints(LATE_FACTORS);
/** What `measureDemands` computes: every feature a demand may set a floor on. */
const DEMAND_FEATURES: FeatureName[] = ['mustShare', 'languagesMet', 'overlapMinutes', 'capacityRatio'];
const [MUST_SHARE, LANGUAGES_MET, OVERLAP_MINUTES, CAPACITY_RATIO] = DEMAND_FEATURES.map((name) => FEATURE[name]) as [
  number,
  number,
  number,
  number,
];
for (const feature of FILTERED_FEATURES) {
  if (!DEMAND_FEATURES.includes(feature)) throw new Error(`The engine measures ${feature} too late to filter on it.`);
}
const DAY_MS = 86_400_000;

/**
 * Ranks approved VAs for a job over the in-memory index, with the answers of `rankingQuery` (the
 * reference, kept in SQL): the same filters, every feature and the early score in the same float8
 * operations in the same order, the same bar, text relevance for the finalists only (computed as
 * ts_rank computes it; PostgreSQL is asked only for a card whose words the index could not pack),
 * and ties broken on the user id. `workers` filter and early-score the cards (the holders of the
 * rarest must-have, or all), in this thread or split among threads; this thread then picks the list.
 */
export async function rankInMemory(
  index: MatchIndex,
  request: RankingRequest,
  text: TextSource,
  workers: RankingWorkers,
): Promise<RankedRow[]> {
  return index.scan(async () => {
    const job = compile(index, request);
    if (job.hopeless) return [];
    const [scores, words] = await Promise.all([workers.score(index, job), queryOf(text, request.text)]);
    try {
      return await pickFinalists(index, job, request, scores, words, text);
    } finally {
      workers.release(scores);
    }
  });
}

/** The top of the list among the scored cards: text relevance for the finalists, then the late points. */
async function pickFinalists(
  index: MatchIndex,
  job: CompiledJob,
  request: RankingRequest,
  scores: Scores,
  words: string[],
  text: TextSource,
): Promise<RankedRow[]> {
  const { count } = scores;
  if (count === 0) return [];
  // Everyone the late factors could lift to the bar, the last place's early points, kept in place.
  const bar = count < request.limit ? 0 : kthLargest(scores.earlies, count, request.limit);
  const finalists = { numbers: scores.numbers, earlies: scores.earlies, count: 0 };
  for (let i = 0; i < count; i++) {
    const early = scores.earlies[i] as number;
    if (early < bar - LATE_POINTS) continue;
    finalists.numbers[finalists.count] = scores.numbers[i] as number;
    finalists.earlies[finalists.count++] = early;
  }

  // Finalists best early points first, in rounds that grow fourfold, until no one left can reach the
  // list: a score is at most its early points plus the most the late factors can give (float addition
  // is monotone). Without words every card's text relevance is 0, so the late points are known: the
  // list is then the best early points, and the first round ends it (a talent search of 1,000,000
  // VAs would otherwise sort its way through tens of thousands of finalists for nothing).
  const lateMost = words.length ? LATE_POINTS : lateScore(0);
  const relevance = textRelevance(index, words);
  let listed: Array<{ n: number; key: string; textRank: number; score: number }> = [];
  let above = Number.POSITIVE_INFINITY;
  for (let take = 4 * request.limit; ; take *= 4) {
    const floor =
      take >= finalists.count ? Number.NEGATIVE_INFINITY : kthLargest(finalists.earlies, finalists.count, take);
    const asked: Array<{ n: number; early: number }> = [];
    for (let i = 0; i < finalists.count; i++) {
      const early = finalists.earlies[i] as number;
      if (early < floor || early >= above) continue;
      const n = finalists.numbers[i] as number;
      // A VA whose card left the index while this ranking ran is not listed.
      if (index.keys[n] === undefined) continue;
      const textRank = relevance(n);
      // No words for the card: the SQL's join leaves it out too.
      if (textRank === NO_TEXT) continue;
      if (textRank === ASK_DATABASE) asked.push({ n, early });
      else listed.push(ranked(index, { n, early }, textRank));
    }
    if (asked.length) {
      const ranks = await text.ranks(
        asked.map(({ n }) => index.userIdOf(n) as string),
        request.text,
      );
      for (const finalist of asked) {
        const textRank = ranks.get(index.userIdOf(finalist.n) as string);
        if (textRank !== undefined) listed.push(ranked(index, finalist, textRank));
      }
    }
    // Ties go to the lower id: keys compare as the ids do.
    listed.sort(byRank);
    listed = listed.slice(0, request.limit);
    const last = listed[request.limit - 1];
    if (floor === Number.NEGATIVE_INFINITY || (last && floor + lateMost < last.score)) break;
    above = floor;
  }
  const qualified = String(count);
  const features = new Float64Array(FEATURE_NAMES.length);
  return listed.map(({ n, textRank, score }) => {
    const userId = index.userIdOf(n) as string;
    measure(index, job, n, features);
    return row(features, { userId, textRank, score, qualified });
  });
}

/** Higher score first, then the lower key; whole numbers, so sorting boxes no float per comparison. */
function byRank(a: { score: number; key: string }, b: { score: number; key: string }): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function ranked(index: MatchIndex, { n, early }: { n: number; early: number }, textRank: number) {
  return { n, key: index.keys[n] as string, textRank, score: early + lateScore(textRank) };
}

/** The post's words as ts_rank visits them; none (and no question to PostgreSQL) for blank text. */
async function queryOf(text: TextSource, words: string): Promise<string[]> {
  return words.trim() === '' ? [] : queryWords(await text.query(words));
}

/**
 * A card's ts_rank for the query words from its packed words (NO_TEXT without words, ASK_DATABASE
 * when they did not fit the index). Words no card has count in the query's size but match nothing.
 */
function textRelevance(index: MatchIndex, words: string[]) {
  const position = new Map<number, number>();
  words.forEach((word, at) => {
    const lexeme = index.lexemes.get(word);
    if (lexeme !== undefined) position.set(lexeme, at);
  });
  const terms = new Float64Array(words.length);
  return (n: number): number => {
    const at = index.textAt[n] as number;
    if (at < 0) return at;
    terms.fill(Number.NaN);
    const { words: packed, terms: termValues } = index;
    for (let k = at, end = at + (index.textLength[n] as number); k < end; k++) {
      const word = packed[k] as number;
      const found = position.get(word >>> TERM_BITS);
      if (found !== undefined) terms[found] = termValues[word & TERM_MASK] as number;
    }
    return rankOr(terms, words.length);
  };
}

/** A ranked row's fields in the order the SQL returns them, every row made in this shape at once. */
const ROW_SHAPE: Record<string, number | string | null> = {
  ...Object.fromEntries(FEATURE_NAMES.map((name) => [name, null])),
  user_id: null,
  score: null,
  qualified: null,
};

/**
 * A ranked row as the SQL reference returns it, filled in on a copy of ROW_SHAPE: a ranking makes a
 * list of these, and its garbage is what holds up the next ranking, so no entries or spread copies.
 */
function row(
  features: Float64Array,
  ranked: { userId: string; textRank: number; score: number; qualified: string },
): RankedRow {
  const measured = { ...ROW_SHAPE };
  for (let f = 0; f < FEATURE_NAMES.length; f++)
    measured[FEATURE_NAMES[f] as FeatureName] = nullable(features[f] as number);
  const responseHours = features[FEATURE.responseHours] as number;
  measured.responseHours = Number.isNaN(responseHours) ? null : asPrinted(responseHours);
  measured.textRank = asPrinted(ranked.textRank);
  measured.user_id = ranked.userId;
  measured.score = ranked.score;
  measured.qualified = ranked.qualified;
  return measured as unknown as RankedRow;
}

/**
 * One VA's features and score for a job whatever the demands (an invitation a business sends by
 * hand), computed as the ranking computes them; null when the VA has no card.
 */
export async function explainInMemory(
  index: MatchIndex,
  request: RankingRequest,
  userId: string,
  text: TextSource,
): Promise<RankedRow | null> {
  const n = index.numberOf(userId);
  if (n === undefined) return null;
  const features = new Float64Array(FEATURE_NAMES.length);
  const job = compile(index, request);
  measure(index, job, n, features);
  // The ranking meets only VAs who hold every must-have; this one may not.
  features[MUST_SHARE] = share(job.must, n);
  const early = rampSum(EARLY_RAMPS, features);
  let textRank = textRelevance(index, await queryOf(text, request.text))(n);
  if (textRank === ASK_DATABASE) textRank = (await text.ranks([userId], request.text)).get(userId) ?? 0;
  if (textRank === NO_TEXT) textRank = 0;
  return row(features, { userId, textRank, score: early + lateScore(textRank), qualified: '1' });
}

/**
 * The job's demands as columns and constants, as a worker receives them (the columns are shared,
 * the rest copied); `hopeless` when no card can qualify (a skill or language nobody has).
 */
function compile(index: MatchIndex, request: RankingRequest) {
  // A skill or language no card has yet reads as not held, as a missing array entry does in SQL.
  let none: Uint8Array | undefined;
  const absent = () => (none ??= shared(Uint8Array, index.extent));
  const skill = (slot: number) => index.skills[slot] ?? absent();
  const spoken = (code: string) => index.languages.get(code) ?? absent();
  const fx = Float64Array.from(index.currencies, (currency) => request.fxFactors.get(currency) ?? Number.NaN);
  const demands = floors(request.demands);
  const rate = request.rateRange;
  return {
    /** Nobody can qualify: a must-have skill or a language no card has. */
    hopeless:
      request.mustHave.some((slot) => !index.skills[slot]) ||
      request.languages.some(({ code }) => !index.languages.has(code)),
    must: request.mustHave.map(skill),
    /** The cards to visit: the holders of the rarest must-have, or every card when there is none. */
    visit: rarestHolders(index, request.mustHave),
    mustLevels: Int32Array.from(request.mustHave, (_, m) => request.mustLevels?.[m] ?? 1),
    badges: [...request.mustHave, ...request.niceToHave].map(skill),
    nice: request.niceToHave.map(skill),
    bonus: request.bonus.map(skill),
    languages: request.languages.map(({ code }) => spoken(code)),
    languageFloors: Int32Array.from(request.languages, ({ minLevel }) => minLevel),
    rateMin: rate?.minMinor ?? Number.NEGATIVE_INFINITY,
    rateMax: rate?.maxMinor ?? Number.POSITIVE_INFINITY,
    skipLeave: request.includeOnLeave === true,
    fx,
    hourlyBudget: request.hourlyBudgetMinor,
    clientStart: request.clientWindow.start,
    clientEnd: request.clientWindow.end,
    clientLength: request.clientWindow.end - request.clientWindow.start,
    weeklyHours: request.weeklyHours,
    today: Date.parse(request.today) / DAY_MS,
    /** Pairs of (feature, floor). */
    floors: Float64Array.from(demands.flatMap(({ feature, floor }) => [FEATURE[feature], floor])),
  };
}

export type CompiledJob = ReturnType<typeof compile>;

/** The holders of the must-have held by the fewest cards, as listed now (a card added later is not visited). */
function rarestHolders(index: MatchIndex, mustHave: number[]): { numbers: Int32Array; length: number } | null {
  let rarest: { numbers: Int32Array; length: number } | null = null;
  for (const slot of mustHave) {
    const holders = index.holders[slot];
    if (holders && (!rarest || holders.length < rarest.length))
      rarest = { numbers: holders.numbers, length: holders.length };
  }
  return rarest;
}

/**
 * Filters and early-scores the cards the job visits from `start` to `end` (all of them, or a worker's
 * share), writing those that met every demand to `scores` from `start` on; returns how many.
 */
export function scoreRange(
  index: ScanColumns,
  job: CompiledJob,
  start: number,
  end: number,
  scores: { numbers: Int32Array; earlies: Float64Array },
): number {
  const { live, leaveFrom, leaveUntil } = index;
  const { must, mustLevels, floors, today, skipLeave, visit } = job;
  const listed = visit?.numbers;
  const { numbers, earlies } = scores;
  const features = new Float64Array(FEATURE_NAMES.length);
  const rateBound = job.rateMin > Number.NEGATIVE_INFINITY || job.rateMax < Number.POSITIVE_INFINITY;
  let count = start;
  cards: for (let i = start; i < end; i++) {
    const n = listed ? (listed[i] as number) : i;
    if (live[n] === 0) continue;
    for (let m = 0; m < must.length; m++) {
      if ((((must[m] as Uint8Array)[n] as number) & LEVEL_MASK) < (mustLevels[m] as number)) continue cards;
    }
    const until = leaveUntil[n] as number;
    if (until !== NO_DAY && !skipLeave && (leaveFrom[n] as number) <= today && today <= until) continue;
    measureDemands(index, job, n, features);
    for (let f = 0; f < floors.length; f += 2) {
      const value = features[floors[f] as number] as number;
      if (!((Number.isNaN(value) ? 0 : value) >= (floors[f + 1] as number))) continue cards;
    }
    if (rateBound) {
      // The VA's rate in the searcher's currency; a currency with no exchange rate cannot be placed.
      const rate = (index.rate[n] as number) * (job.fx[index.currency[n] as number] as number);
      if (!(rate >= job.rateMin && rate <= job.rateMax)) continue;
    }
    measureScores(index, job, n, features);
    numbers[count] = n;
    earlies[count] = rampSum(EARLY_RAMPS, features);
    count++;
  }
  return count - start;
}

/** The features of card `n` for the job, as `rankingQuery` computes them (NaN for NULL); text relevance aside. */
function measure(index: ScanColumns, job: CompiledJob, n: number, features: Float64Array): void {
  measureDemands(index, job, n, features);
  measureScores(index, job, n, features);
}

/**
 * The features the demands set floors on (DEMAND_FEATURES), so a card that misses one costs no more.
 * Must-haves are held (the scan checks): `mustShare` is 1, as the SQL writes it inline.
 */
function measureDemands(index: ScanColumns, job: CompiledJob, n: number, features: Float64Array): void {
  let met = 1;
  const { languages, languageFloors } = job;
  for (let l = 0; l < languages.length; l++)
    if (((languages[l] as Uint8Array)[n] as number) < (languageFloors[l] as number)) met = 0;
  const start = index.workStart[n] as number;
  const end = start + (index.workMinutes[n] as number);
  const { clientStart, clientEnd } = job;
  // The card's day, and the same day moved a day back and forth: a day crossing midnight overlaps either side.
  const overlap =
    Math.max(0, Math.min(end - 1440, clientEnd) - Math.max(start - 1440, clientStart)) +
    Math.max(0, Math.min(end, clientEnd) - Math.max(start, clientStart)) +
    Math.max(0, Math.min(end + 1440, clientEnd) - Math.max(start + 1440, clientStart));
  features[MUST_SHARE] = 1;
  features[LANGUAGES_MET] = met;
  features[OVERLAP_MINUTES] = overlap;
  features[CAPACITY_RATIO] = (index.freeHours[n] as number) / job.weeklyHours;
}

/** The other features, for a card that met every demand. */
function measureScores(index: ScanColumns, job: CompiledJob, n: number, features: Float64Array): void {
  const { must, badges, languages, languageFloors } = job;
  let levels = 0;
  for (let m = 0; m < must.length; m++) levels += ((must[m] as Uint8Array)[n] as number) & LEVEL_MASK;
  let badged = 0;
  for (let b = 0; b < badges.length; b++) if ((((badges[b] as Uint8Array)[n] as number) & BADGE_BIT) !== 0) badged++;
  let margin = 0;
  for (let l = 0; l < languages.length; l++)
    margin += ((languages[l] as Uint8Array)[n] as number) - (languageFloors[l] as number);
  const reputation = index.reputation[n] as number;
  // A post always has a must-have; a talent search may ask for no skill, which every VA then meets
  // alike: full level, no badge asked for (the same for all, so the order is the other factors').
  features[FEATURE.mustLevel] = must.length ? levels / (4 * must.length) : 1;
  features[FEATURE.badgeShare] = badges.length ? badged / badges.length : 0;
  features[FEATURE.niceShare] = share(job.nice, n);
  features[FEATURE.bonusShare] = share(job.bonus, n);
  features[FEATURE.languageMargin] = languages.length ? margin / languages.length : Number.NaN;
  features[FEATURE.rateRatio] =
    job.hourlyBudget === null
      ? Number.NaN
      : ((index.rate[n] as number) * (job.fx[index.currency[n] as number] as number)) / job.hourlyBudget;
  features[FEATURE.overlapShare] = (features[OVERLAP_MINUTES] as number) / job.clientLength;
  features[FEATURE.vettingScore] = index.vetting[n] as number;
  features[FEATURE.textRank] = Number.NaN;
  features[FEATURE.responseHours] = index.responseHours[n] as number;
  features[FEATURE.reputationScore] = reputation === NO_REPUTATION ? Number.NaN : reputation;
}

/** Share of the skills held, as `share` in the SQL; NaN (NULL) when the job lists none. */
function share(skills: Uint8Array[], n: number): number {
  if (!skills.length) return Number.NaN;
  let held = 0;
  for (let s = 0; s < skills.length; s++) if ((((skills[s] as Uint8Array)[n] as number) & LEVEL_MASK) !== 0) held++;
  return held / skills.length;
}

/** Ramps as parallel arrays of their constants, read in the scan without objects. */
function compileRamps(parts: Ramp[]) {
  return {
    feature: Int32Array.from(parts, (part) => FEATURE[part.feature]),
    coefficient: Float64Array.from(parts, (part) => part.coefficient),
    from: Float64Array.from(parts, (part) => part.from),
    span: Float64Array.from(parts, (part) => part.span),
    nullValue: Float64Array.from(parts, (part) => part.nullValue),
  };
}

/** `scoreSql`'s expression in JavaScript: the same constants, operations and order. */
function rampSum(ramps: ReturnType<typeof compileRamps>, features: Float64Array): number {
  const { feature, coefficient, from, span, nullValue } = ramps;
  let sum = 0;
  for (let i = 0; i < feature.length; i++) {
    let value = features[feature[i] as number] as number;
    if (Number.isNaN(value)) value = nullValue[i] as number;
    const start = from[i] as number;
    const width = span[i] as number;
    const shifted = start === 0 ? value : value - start;
    const term = (coefficient[i] as number) * Math.min(1, Math.max(0, width === 1 ? shifted : shifted / width));
    // SQL adds left to right starting from the first term; 0 + x is x for every term (all are ≥ 0).
    sum = i === 0 ? term : sum + term;
  }
  return sum;
}

/** Features with only text relevance known: what the late factors read. */
const late = new Float64Array(FEATURE_NAMES.length).fill(Number.NaN);

function lateScore(textRank: number): number {
  late[FEATURE.textRank] = textRank;
  return rampSum(LATE_RAMPS, late);
}

/** The k-th largest of the first `count` values (k ≤ count), through a min-heap of k. */
function kthLargest(values: Float64Array, count: number, k: number): number {
  const heap = new Float64Array(k);
  let size = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i] as number;
    if (size < k) {
      let at = size++;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if ((heap[parent] as number) <= value) break;
        heap[at] = heap[parent] as number;
        at = parent;
      }
      heap[at] = value;
    } else if (value > (heap[0] as number)) {
      let at = 0;
      for (;;) {
        const left = 2 * at + 1;
        if (left >= k) break;
        const right = left + 1;
        const child = right < k && (heap[right] as number) < (heap[left] as number) ? right : left;
        if ((heap[child] as number) >= value) break;
        heap[at] = heap[child] as number;
        at = child;
      }
      heap[at] = value;
    }
  }
  return heap[0] as number;
}

/**
 * A single-precision value as the SQL's rows carry it: PostgreSQL prints a real with the fewest
 * digits that read back as the same real, and the driver parses that text.
 */
function asPrinted(real: number): number {
  for (let digits = 1; digits < 9; digits++) {
    const printed = Number(real.toPrecision(digits));
    if (Math.fround(printed) === real) return printed;
  }
  return Number(real.toPrecision(9));
}

function nullable(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}
