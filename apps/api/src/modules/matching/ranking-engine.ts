import { BADGE_BIT, LEVEL_MASK, type MatchIndex, NO_DAY, NO_REPUTATION } from './match-index.js';
import type { RankedRow, RankingRequest } from './ranking-query.js';
import {
  EARLY_FACTORS,
  FEATURE_NAMES,
  type FeatureName,
  floors,
  LATE_FACTORS,
  type MatchFeatures,
  maxPoints,
  type Ramp,
  ramps,
} from './scoring.js';

/** Full-text relevance of the given VAs' cards to a post's words (PostgreSQL's ts_rank, exactly). */
export type TextRanks = (userIds: string[], text: string) => Promise<Map<string, number>>;

/** Cards scored between two looks at the event loop: about a millisecond of work. */
const CHUNK = 16_384;
const EARLY_RAMPS = ramps(EARLY_FACTORS);
const LATE_RAMPS = ramps(LATE_FACTORS);
const LATE_POINTS = maxPoints(LATE_FACTORS);
const FEATURE = Object.fromEntries(FEATURE_NAMES.map((name, position) => [name, position])) as Record<
  FeatureName,
  number
>;
const DAY_MS = 86_400_000;

/**
 * Ranks approved VAs for a job over the in-memory index, with the answers of `rankingQuery` (the
 * reference, kept in SQL): the same filters, every feature and the early score in the same float8
 * operations in the same order, the same bar, text relevance from PostgreSQL for the finalists
 * only, and ties broken on the user id. Text ranks are fetched best-first in growing batches and
 * stop as soon as no card left can reach the list.
 */
export async function rankInMemory(
  index: MatchIndex,
  request: RankingRequest,
  textRanks: TextRanks,
): Promise<RankedRow[]> {
  return index.scan(async () => {
    const job = compile(index, request);
    if (!job) return [];
    const { numbers, earlies, count } = await scoreAll(index, job);
    if (count === 0) return [];
    const bar = count < request.limit ? 0 : kthLargest(earlies, count, request.limit);
    const finalists: number[] = [];
    for (let i = 0; i < count; i++) if ((earlies[i] as number) >= bar - LATE_POINTS) finalists.push(i);
    finalists.sort((a, b) => (earlies[b] as number) - (earlies[a] as number));

    const listed: Array<{ n: number; userId: string; early: number; textRank: number; score: number }> = [];
    let next = 0;
    for (let batch = Math.max(256, 4 * request.limit); next < finalists.length; batch *= 2) {
      if (listed.length >= request.limit) {
        // A score is at most its early points plus the late factors' maximum (float addition is monotone).
        const last = (listed[request.limit - 1] as { score: number }).score;
        if ((earlies[finalists[next] as number] as number) + LATE_POINTS < last) break;
      }
      const taken = finalists.slice(next, next + batch).map((i) => {
        const n = numbers[i] as number;
        return { n, userId: index.ids[n] as string, early: earlies[i] as number };
      });
      next += batch;
      const ranks = await textRanks(
        taken.map((card) => card.userId),
        request.text,
      );
      for (const card of taken) {
        const textRank = ranks.get(card.userId);
        // No words for the card: the SQL's join leaves it out too.
        if (textRank === undefined) continue;
        listed.push({ ...card, textRank, score: card.early + rampSum(LATE_RAMPS, lateFeatures(textRank)) });
      }
      listed.sort((a, b) => b.score - a.score || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
    }
    const qualified = String(count);
    return listed.slice(0, request.limit).map(({ n, userId, textRank, score }) => {
      const features = new Float64Array(FEATURE_NAMES.length);
      measure(index, job, n, features);
      const row = Object.fromEntries(
        FEATURE_NAMES.map((name) => [name, nullable(features[FEATURE[name]] as number)]),
      ) as unknown as MatchFeatures;
      const responseHours = row.responseHours === null ? null : asPrinted(row.responseHours);
      return { ...row, responseHours, textRank: asPrinted(textRank), user_id: userId, score, qualified };
    });
  });
}

/** The job's demands as columns and constants; null when no card can qualify (a skill or language nobody has). */
function compile(index: MatchIndex, request: RankingRequest) {
  const column = (slot: number) => index.skills[slot];
  const must = request.mustHave.map(column);
  if (must.some((skill) => skill === undefined)) return null;
  const languages = request.languages.map(({ code, minLevel }) => ({ levels: index.languages.get(code), minLevel }));
  if (languages.some(({ levels }) => levels === undefined)) return null;
  const fx = Float64Array.from(index.currencies, (currency) => request.fxFactors.get(currency) ?? Number.NaN);
  return {
    must: must as Uint8Array[],
    badges: [...request.mustHave, ...request.niceToHave].map(column),
    nice: request.niceToHave.map(column),
    bonus: request.bonus.map(column),
    languages: languages as Array<{ levels: Uint8Array; minLevel: number }>,
    fx,
    hourlyBudget: request.hourlyBudgetMinor,
    clientStart: request.clientWindow.start,
    clientLength: request.clientWindow.end - request.clientWindow.start,
    weeklyHours: request.weeklyHours,
    today: Date.parse(request.today) / DAY_MS,
    floors: floors(request.demands).map(({ feature, floor }) => ({ feature: FEATURE[feature], floor })),
  };
}

type CompiledJob = NonNullable<ReturnType<typeof compile>>;

/** Filters and early-scores every card, a chunk at a time, yielding to the event loop between chunks. */
async function scoreAll(index: MatchIndex, job: CompiledJob) {
  const extent = index.extent;
  const numbers = new Int32Array(extent);
  const earlies = new Float64Array(extent);
  const features = new Float64Array(FEATURE_NAMES.length);
  const { live, leaveFrom, leaveUntil } = index;
  let count = 0;
  for (let start = 0; start < extent; start += CHUNK) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const end = Math.min(extent, start + CHUNK);
    cards: for (let n = start; n < end; n++) {
      if (live[n] === 0) continue;
      for (const skill of job.must) if (((skill[n] as number) & LEVEL_MASK) === 0) continue cards;
      const until = leaveUntil[n] as number;
      if (until !== NO_DAY && (leaveFrom[n] as number) <= job.today && job.today <= until) continue;
      measure(index, job, n, features);
      for (const { feature, floor } of job.floors) {
        const value = features[feature] as number;
        if (!((Number.isNaN(value) ? 0 : value) >= floor)) continue cards;
      }
      numbers[count] = n;
      earlies[count] = rampSum(EARLY_RAMPS, features);
      count++;
    }
  }
  return { numbers, earlies, count };
}

/** The features of card `n` for the job, as `rankingQuery` computes them (NaN for NULL); text relevance aside. */
function measure(index: MatchIndex, job: CompiledJob, n: number, features: Float64Array): void {
  let levels = 0;
  for (const skill of job.must) levels += (skill[n] as number) & LEVEL_MASK;
  let badges = 0;
  for (const skill of job.badges) if (skill && ((skill[n] as number) & BADGE_BIT) !== 0) badges++;
  let met = 1;
  let margin = 0;
  for (const { levels: spoken, minLevel } of job.languages) {
    const level = spoken[n] as number;
    if (level < minLevel) met = 0;
    margin += level - minLevel;
  }
  let overlap = 0;
  const start = index.workStart[n] as number;
  const end = start + (index.workMinutes[n] as number);
  const clientEnd = job.clientStart + job.clientLength;
  for (const shift of [-1440, 0, 1440]) {
    overlap += Math.max(0, Math.min(end + shift, clientEnd) - Math.max(start + shift, job.clientStart));
  }
  const reputation = index.reputation[n] as number;
  features[FEATURE.mustShare] = 1;
  features[FEATURE.mustLevel] = levels / (4 * job.must.length);
  features[FEATURE.badgeShare] = job.badges.length ? badges / job.badges.length : Number.NaN;
  features[FEATURE.niceShare] = share(job.nice, n);
  features[FEATURE.bonusShare] = share(job.bonus, n);
  features[FEATURE.languagesMet] = met;
  features[FEATURE.languageMargin] = job.languages.length ? margin / job.languages.length : Number.NaN;
  features[FEATURE.rateRatio] =
    job.hourlyBudget === null
      ? Number.NaN
      : ((index.rate[n] as number) * (job.fx[index.currency[n] as number] as number)) / job.hourlyBudget;
  features[FEATURE.overlapMinutes] = overlap;
  features[FEATURE.overlapShare] = overlap / job.clientLength;
  features[FEATURE.capacityRatio] = (index.freeHours[n] as number) / job.weeklyHours;
  features[FEATURE.vettingScore] = index.vetting[n] as number;
  features[FEATURE.textRank] = Number.NaN;
  features[FEATURE.responseHours] = index.responseHours[n] as number;
  features[FEATURE.reputationScore] = reputation === NO_REPUTATION ? Number.NaN : reputation;
}

/** Share of the skills held, as `share` in the SQL; NaN (NULL) when the job lists none. */
function share(skills: Array<Uint8Array | undefined>, n: number): number {
  if (!skills.length) return Number.NaN;
  let held = 0;
  for (const skill of skills) if (skill && ((skill[n] as number) & LEVEL_MASK) !== 0) held++;
  return held / skills.length;
}

/** `scoreSql`'s expression in JavaScript: the same constants, operations and order. */
function rampSum(parts: Ramp[], features: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < parts.length; i++) {
    const { feature, coefficient, from, span, nullValue } = parts[i] as Ramp;
    let value = features[FEATURE[feature]] as number;
    if (Number.isNaN(value)) value = nullValue;
    const shifted = from === 0 ? value : value - from;
    const term = coefficient * Math.min(1, Math.max(0, span === 1 ? shifted : shifted / span));
    // SQL adds left to right starting from the first term; 0 + x is x for every term (all are ≥ 0).
    sum = i === 0 ? term : sum + term;
  }
  return sum;
}

function lateFeatures(textRank: number): Float64Array {
  const features = new Float64Array(FEATURE_NAMES.length).fill(Number.NaN);
  features[FEATURE.textRank] = textRank;
  return features;
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
