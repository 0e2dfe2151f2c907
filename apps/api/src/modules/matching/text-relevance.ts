/**
 * PostgreSQL's `ts_rank(vector, query, 32)` for an OR query, in JavaScript and in the same
 * single-precision steps as its C code (`calc_rank_or` and `calc_rank` in tsrank.c), so the
 * in-memory ranking reads the very float the SQL reference computes without asking the database.
 * A card's vector is kept as one term per lexeme: what the lexeme adds for a query word it matches.
 */

const f32 = Math.fround;
/** ts_rank's default weights, by weight D, C, B, A, as C floats. */
const WEIGHTS = [0.1, 0.2, 0.4, 1.0].map(f32);
const WEIGHT_INDEX: Record<string, number> = { A: 3, B: 2, C: 1 };
/** π²/6, the limit of Σ 1/i², as written in tsrank.c (a C double). */
const SUM_LIMIT = 1.64493406685;

/** One lexeme of a vector with the weights of its positions, in position order (3 = A … 0 = D). */
export interface VectorEntry {
  lexeme: string;
  weights: number[];
}

/**
 * Reads a tsvector's text form (`'candl':1A,4B 'shop':2A`) in one pass: lexemes are quoted, with
 * `''` and `\\` for a quote and a backslash; each position may end in its weight (D is not written).
 */
export function parseVector(text: string): VectorEntry[] {
  const entries: VectorEntry[] = [];
  let at = 0;
  while (at < text.length) {
    if (text[at] === ' ') {
      at++;
      continue;
    }
    const { lexeme, next } = readQuoted(text, at);
    at = next;
    const weights: number[] = [];
    if (text[at] === ':') {
      do {
        at++;
        while (text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at++;
        const weight = WEIGHT_INDEX[text[at] as string];
        if (weight !== undefined) at++;
        weights.push(weight ?? 0);
      } while (text[at] === ',');
    } else {
      // A lexeme without positions counts as one position of weight D.
      weights.push(0);
    }
    entries.push({ lexeme, weights });
  }
  return entries;
}

/** A quoted lexeme starting at `at` (`''` is a quote, a backslash escapes the next character). */
function readQuoted(text: string, at: number): { lexeme: string; next: number } {
  if (text[at] !== "'") throw new Error(`Expected a quoted lexeme at ${at}: ${text.slice(at, at + 20)}`);
  // Most lexemes hold neither a quote nor a backslash: one slice.
  const end = text.indexOf("'", at + 1);
  const backslash = text.indexOf('\\', at + 1);
  if (end > at && text[end + 1] !== "'" && (backslash < 0 || backslash > end)) {
    return { lexeme: text.slice(at + 1, end), next: end + 1 };
  }
  let lexeme = '';
  for (let i = at + 1; i < text.length; i++) {
    const char = text[i] as string;
    if (char === "'" && text[i + 1] === "'") lexeme += text[++i];
    else if (char === '\\') lexeme += text[++i] ?? '';
    else if (char === "'") return { lexeme, next: i + 1 };
    else lexeme += char;
  }
  throw new Error('An unterminated lexeme.');
}

/**
 * What one lexeme adds to the rank for a query word it matches, before the division by π²/6:
 * `wjm + resj - wjm / (jm + 1)²` of `calc_rank_or`, each step rounded to a float as C does.
 */
export function lexemeTerm(weights: number[]): number {
  let sum = 0;
  let top = -1;
  let topAt = 0;
  weights.forEach((index, position) => {
    const weight = WEIGHTS[index] as number;
    sum = f32(sum + f32(weight / ((position + 1) * (position + 1))));
    if (weight > top) {
      top = weight;
      topAt = position;
    }
  });
  return f32(f32(top + sum) - f32(top / ((topAt + 1) * (topAt + 1))));
}

/**
 * The rank from the terms of the query's words the vector holds, in the query's word order (sorted,
 * each word once) with NaN for a word it lacks, and the number of words.
 */
export function rankOr(terms: Float64Array, size: number): number {
  if (size === 0) return 0;
  let rank = 0;
  for (let word = 0; word < size; word++) {
    const term = terms[word] as number;
    // A float plus a double: C adds in double and stores the float.
    if (!Number.isNaN(term)) rank = f32(rank + term / SUM_LIMIT);
  }
  rank = f32(rank / size);
  // Normalization 32: rank / (rank + 1).
  return f32(rank / f32(rank + 1));
}

/**
 * The words of an OR query as ts_rank visits them: each once, in byte order of their UTF-8 text
 * (`SortAndUniqItems`), from the query's text form (`'candl' | 'shop'`).
 */
export function queryWords(query: string): string[] {
  const words = new Set<string>();
  for (let at = query.indexOf("'"); at >= 0; ) {
    const { lexeme, next } = readQuoted(query, at);
    words.add(lexeme);
    at = query.indexOf("'", next);
  }
  return [...words].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
}
