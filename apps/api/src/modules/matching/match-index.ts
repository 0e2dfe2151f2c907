import { lexemeTerm, parseVector } from './text-relevance.js';

/** One match card as the index reads it (see MatchCardEntity); dates are days since 1970-01-01. */
export interface CardRow {
  user_id: string;
  skill_levels: number[];
  skill_badges: number[];
  language_codes: string[];
  language_levels: number[];
  hourly_rate_minor: number;
  currency: string;
  free_hours: number;
  leave_from_day: number | null;
  leave_until_day: number | null;
  work_start_utc: number;
  work_minutes: number;
  vetting_score: number;
  /** Read as float8 from the card's real, so it is the exact single-precision value the SQL computes with. */
  response_hours: number | null;
  reputation: number | null;
  /** The card's words (match_card_texts.search as text); null without a row, which the SQL's join leaves out. */
  search: string | null;
}

/** Bit 3 of a skill byte: the VA holds a tested badge for the skill; bits 0–2 hold the level (0 not held). */
export const BADGE_BIT = 8;
export const LEVEL_MASK = 7;
/** Bit 4 of a skill byte: the card's number is in the skill's `Holders` list. */
const LISTED_BIT = 16;
/** A leave bound that no day reaches: no leave at all, or (from) a leave with no first day. */
export const NO_DAY = -0x80000000;
export const NO_REPUTATION = -1;
/** `textAt` of a card with no words: ranking leaves it out, as the SQL's join does. */
export const NO_TEXT = -1;
/** `textAt` of a card whose words did not fit the packing: its relevance is asked of PostgreSQL. */
export const ASK_DATABASE = -2;
/** A packed word: lexeme number in the high bits, term number in the low TERM_BITS. */
export const TERM_BITS = 10;
const MAX_TERMS = 1 << TERM_BITS;
export const TERM_MASK = MAX_TERMS - 1;
const MAX_LEXEMES = 2 ** (32 - TERM_BITS);

const INITIAL_CAPACITY = 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A VA's id as the index keeps it: the UUID's 16 bytes as a 16-character string, a third of the
 * text's memory (a million ids are 24 MB less). Keys compare as the ids do: byte order is the order
 * of their lowercase text, and of PostgreSQL's uuid.
 */
export function keyOf(userId: string): string {
  if (!UUID.test(userId)) throw new Error(`A match card's VA must be a UUID, not ${JSON.stringify(userId)}.`);
  return Buffer.from(userId.replaceAll('-', ''), 'hex').toString('latin1');
}

function userIdOf(key: string): string {
  const hex = Buffer.from(key, 'latin1').toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Column = Uint8Array | Uint16Array | Int16Array | Int32Array | Float32Array | Float64Array;
type ColumnType<T extends Column> = { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number };

/** A column in memory shared with the ranking workers, which scan it where it is. */
export function shared<T extends Column>(type: ColumnType<T>, length: number): T {
  return new type(new SharedArrayBuffer(length * type.BYTES_PER_ELEMENT));
}

/** The per-card columns a scan reads (a job brings its skills' and languages' columns). */
const SCAN_COLUMNS = [
  'live',
  'currency',
  'rate',
  'freeHours',
  'leaveFrom',
  'leaveUntil',
  'workStart',
  'workMinutes',
  'vetting',
  'responseHours',
  'reputation',
] as const;
/** Every column of one value per card: those a scan reads, and where each card's words lie. */
const CARD_COLUMNS = [...SCAN_COLUMNS, 'textAt', 'textLength'] as const;

export type ScanColumns = Pick<MatchIndex, (typeof SCAN_COLUMNS)[number]>;

/**
 * Every approved VA's match card in one process, column by column: one typed array per field and
 * per skill slot and language, indexed by a card number. Ranking scans the columns it needs
 * without touching objects, and a million cards fit in about 60 MB of columns plus the id map.
 * A removed card's number is reused by the next card added.
 *
 * The columns live in shared memory, where the ranking workers scan them while this thread writes
 * the changes it hears of: a card changed during a scan may be read partly before the change and
 * partly after, as if it had been read field by field; the next ranking reads it whole.
 */
export class MatchIndex {
  /** Card numbers in use are below `extent`; `keys[n]` is undefined for a free number. */
  extent = 0;
  /** Each card's VA, by `keyOf` their id. */
  readonly keys: Array<string | undefined> = [];
  live = shared(Uint8Array, INITIAL_CAPACITY);
  /** `skills[slot][n]`: level | BADGE_BIT | LISTED_BIT; slots count from 1, as in the catalog. */
  skills: Uint8Array[] = [];
  /** `holders[slot]`: the cards holding the skill, for a ranking that demands it to visit those only. */
  readonly holders: Holders[] = [];
  /** `languages.get(code)[n]`: CEFR level 1 (A1) to 7 (native), 0 not spoken. */
  readonly languages = new Map<string, Uint8Array>();
  /** Currencies by number; `currency[n]` indexes this list. */
  readonly currencies: string[] = [];
  currency = shared(Uint8Array, INITIAL_CAPACITY);
  rate = shared(Int32Array, INITIAL_CAPACITY);
  freeHours = shared(Int16Array, INITIAL_CAPACITY);
  leaveFrom = shared(Int32Array, INITIAL_CAPACITY);
  leaveUntil = shared(Int32Array, INITIAL_CAPACITY);
  workStart = shared(Int16Array, INITIAL_CAPACITY);
  workMinutes = shared(Int16Array, INITIAL_CAPACITY);
  vetting = shared(Int16Array, INITIAL_CAPACITY);
  /** NaN while the VA has not answered an invitation. */
  responseHours = shared(Float32Array, INITIAL_CAPACITY);
  /** NO_REPUTATION while the VA has no history. */
  reputation = shared(Int16Array, INITIAL_CAPACITY);
  /** Where a card's words start in `words`, or NO_TEXT / ASK_DATABASE; `textLength` says how many. */
  textAt = shared(Int32Array, INITIAL_CAPACITY);
  textLength = shared(Uint16Array, INITIAL_CAPACITY);
  /** Every card's words, each `lexeme << TERM_BITS | term` (see text-relevance.ts for terms). */
  words = new Uint32Array(INITIAL_CAPACITY * 8);
  /** Lexemes and terms by number. */
  readonly lexemes = new Map<string, number>();
  readonly terms: number[] = [];

  /**
   * `maxLexemes` is the packing's limit; a test sets fewer, so that words do not fit and their
   * cards' relevance is asked of PostgreSQL, as it would be past four million distinct words.
   */
  constructor(private readonly maxLexemes = MAX_LEXEMES) {}

  /** The per-card columns a scan reads, as one object; a new one after the columns grow. */
  private view: ScanColumns | null = null;
  private readonly numbers = new Map<string, number>();
  private readonly termNumbers = new Map<number, number>();
  private wordsEnd = 0;
  private readonly freeNumbers: number[] = [];
  /** Numbers removed while a scan was running: reused once none runs, so a scan never sees a number change hands. */
  private retired: number[] = [];
  private scans = 0;
  private capacity = INITIAL_CAPACITY;

  get size(): number {
    return this.numbers.size;
  }

  /** The VA of card `n`, undefined for a free number. */
  userIdOf(n: number): string | undefined {
    const key = this.keys[n];
    return key === undefined ? undefined : userIdOf(key);
  }

  /** The card number of a VA's card, if they have one. */
  numberOf(userId: string): number | undefined {
    return this.numbers.get(keyOf(userId));
  }

  /** Adds or replaces a card. */
  put(row: CardRow): void {
    const key = keyOf(row.user_id);
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.freeNumbers.pop() ?? this.extent++;
      if (n >= this.capacity) this.grow();
      this.numbers.set(key, n);
      this.keys[n] = key;
      this.live[n] = 1;
    }
    const slots = Math.max(row.skill_levels.length, row.skill_badges.length);
    while (this.skills.length <= slots) {
      this.skills.push(shared(Uint8Array, this.capacity));
      this.holders.push(new Holders());
    }
    for (let slot = 1; slot < this.skills.length; slot++) {
      const level = row.skill_levels[slot - 1] ?? 0;
      const badge = (row.skill_badges[slot - 1] ?? 0) > 0 ? BADGE_BIT : 0;
      this.setSkill(slot, n, level, badge);
    }
    for (const column of this.languages.values()) column[n] = 0;
    row.language_codes.forEach((code, position) => {
      this.languageColumn(code)[n] = row.language_levels[position] ?? 0;
    });
    let currency = this.currencies.indexOf(row.currency);
    if (currency < 0) currency = this.currencies.push(row.currency) - 1;
    this.currency[n] = currency;
    this.rate[n] = row.hourly_rate_minor;
    this.freeHours[n] = row.free_hours;
    // A leave with a last day but no first reads as leave up to that day, as BETWEEN with NULL does in the SQL.
    this.leaveUntil[n] = row.leave_until_day ?? NO_DAY;
    this.leaveFrom[n] = row.leave_from_day ?? NO_DAY;
    this.workStart[n] = row.work_start_utc;
    this.workMinutes[n] = row.work_minutes;
    this.vetting[n] = row.vetting_score;
    this.responseHours[n] = row.response_hours ?? Number.NaN;
    this.reputation[n] = row.reputation ?? NO_REPUTATION;
    this.putWords(n, row.search);
  }

  /** Writes a card's level and badge for a skill, keeping the skill's holders and their count current. */
  private setSkill(slot: number, n: number, level: number, badge: number): void {
    const column = this.skills[slot] as Uint8Array;
    const holders = this.holders[slot] as Holders;
    const was = column[n] as number;
    const held = (was & LEVEL_MASK) !== 0;
    if (level !== 0 && !held) holders.held++;
    if (level === 0 && held) holders.held--;
    let listed = was & LISTED_BIT;
    if (level !== 0 && listed === 0) {
      holders.add(n, column, this.live);
      listed = LISTED_BIT;
    }
    column[n] = level | badge | listed;
  }

  /** Gives back the room the words' array and the holders' lists grew into (after a full load, when no more is coming soon). */
  compact(): void {
    this.words = this.words.slice(0, Math.max(1, this.wordsEnd));
    for (const holders of this.holders) holders.trim();
  }

  /** Bytes of words written, those of replaced cards included (a full reload packs them again). */
  get wordBytes(): number {
    return this.wordsEnd * 4;
  }

  /** A card's words, packed; a replaced card's words are overwritten in place when they fit. */
  private putWords(n: number, search: string | null): void {
    if (search === null) {
      this.textAt[n] = NO_TEXT;
      return;
    }
    const packed: number[] = [];
    for (const { lexeme, weights } of parseVector(search)) {
      const term = this.termNumber(lexemeTerm(weights));
      let number = this.lexemes.get(lexeme);
      if (number === undefined && this.lexemes.size < this.maxLexemes) {
        number = this.lexemes.size;
        this.lexemes.set(lexeme, number);
      }
      if (number === undefined || term === undefined) {
        this.textAt[n] = ASK_DATABASE;
        return;
      }
      packed.push(number * MAX_TERMS + term);
    }
    const at = this.textAt[n] as number;
    const start = at >= 0 && packed.length <= (this.textLength[n] as number) ? at : this.wordsEnd;
    if (start === this.wordsEnd) {
      while (this.wordsEnd + packed.length > this.words.length) {
        const wider = new Uint32Array(this.words.length * 2);
        wider.set(this.words);
        this.words = wider;
      }
      this.wordsEnd += packed.length;
    }
    this.words.set(packed, start);
    this.textAt[n] = start;
    this.textLength[n] = packed.length;
  }

  private termNumber(term: number): number | undefined {
    let number = this.termNumbers.get(term);
    if (number === undefined && this.terms.length < MAX_TERMS) {
      number = this.terms.push(term) - 1;
      this.termNumbers.set(term, number);
    }
    return number;
  }

  remove(userId: string): void {
    const key = keyOf(userId);
    const n = this.numbers.get(key);
    if (n === undefined) return;
    this.numbers.delete(key);
    this.keys[n] = undefined;
    this.live[n] = 0;
    for (let slot = 1; slot < this.skills.length; slot++) this.setSkill(slot, n, 0, 0);
    (this.scans > 0 ? this.retired : this.freeNumbers).push(n);
  }

  /** Runs a scan (workers read the columns meanwhile); the card numbers it reads keep their VA until it ends. */
  async scan<T>(work: () => Promise<T>): Promise<T> {
    this.scans++;
    try {
      return await work();
    } finally {
      if (--this.scans === 0) {
        this.freeNumbers.push(...this.retired);
        this.retired = [];
      }
    }
  }

  /** The per-card columns a scan reads (skills and languages come with each job). */
  columns(): ScanColumns {
    this.view ??= Object.fromEntries(SCAN_COLUMNS.map((name) => [name, this[name]])) as ScanColumns;
    return this.view;
  }

  /** Bytes the columns take (the id strings and map come on top; the bench measures the whole heap). */
  columnBytes(): number {
    const columns = [
      ...CARD_COLUMNS.map((name) => this[name]),
      this.words.subarray(0, this.wordsEnd),
      ...this.skills,
      ...this.holders.map((holders) => holders.numbers),
      ...this.languages.values(),
    ];
    return columns.reduce((sum, column) => sum + column.byteLength, 0);
  }

  private languageColumn(code: string): Uint8Array {
    let column = this.languages.get(code);
    if (!column) {
      column = shared(Uint8Array, this.capacity);
      this.languages.set(code, column);
    }
    return column;
  }

  /** Doubles every column: card numbers stay, and a ranking scanning the old columns reads them as they were. */
  private grow(): void {
    this.capacity *= 2;
    this.view = null;
    const wider = <T extends Column>(column: T): T => {
      const next = shared(column.constructor as ColumnType<T>, this.capacity);
      next.set(column);
      return next;
    };
    const columns = this as unknown as Record<(typeof CARD_COLUMNS)[number], Column>;
    for (const name of CARD_COLUMNS) columns[name] = wider(columns[name]);
    this.skills = this.skills.map(wider);
    for (const [code, column] of this.languages) this.languages.set(code, wider(column));
  }
}

/**
 * The numbers of the cards that hold one skill. Every holder is listed once (LISTED_BIT in its skill
 * byte says so); a card that let the skill go, or left, stays listed until the list is next packed,
 * so a scan checks the level (and that the card is live) as for any card.
 */
export class Holders {
  numbers = shared(Int32Array, 64);
  /** Entries in use. */
  length = 0;
  /** Live cards that hold the skill (the list may name more). */
  held = 0;

  /** Gives back the room the list grew into (the next holder added doubles it again). */
  trim(): void {
    const trimmed = shared(Int32Array, Math.max(1, this.length));
    trimmed.set(this.numbers.subarray(0, this.length));
    this.numbers = trimmed;
  }

  add(n: number, column: Uint8Array, live: Uint8Array): void {
    if (this.length === this.numbers.length) this.makeRoom(column, live);
    this.numbers[this.length++] = n;
  }

  /**
   * Packs the list when most of it no longer holds the skill, or else doubles it. Either way into a
   * new array: a scan under way keeps reading the old one, whose entries never change.
   */
  private makeRoom(column: Uint8Array, live: Uint8Array): void {
    if (this.length - this.held <= this.length / 2) {
      const wider = shared(Int32Array, this.numbers.length * 2);
      wider.set(this.numbers);
      this.numbers = wider;
      return;
    }
    const packed = shared(Int32Array, Math.max(64, 2 * this.held));
    let kept = 0;
    for (let i = 0; i < this.length; i++) {
      const n = this.numbers[i] as number;
      if (live[n] !== 0 && ((column[n] as number) & LEVEL_MASK) !== 0) packed[kept++] = n;
      else column[n] = (column[n] as number) & ~LISTED_BIT;
    }
    this.numbers = packed;
    this.length = kept;
  }
}
