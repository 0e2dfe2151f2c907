import { describe, expect, it } from '@jest/globals';
import { lexemeTerm, parseVector, queryWords, rankOr } from './text-relevance.js';

/** ts_rank(vector, query, 32) from its parts, as the index and the engine compute it. */
function rank(vector: string, query: string): number {
  const words = queryWords(query);
  const terms = new Float64Array(words.length).fill(Number.NaN);
  for (const { lexeme, weights } of parseVector(vector)) {
    const at = words.indexOf(lexeme);
    if (at >= 0) terms[at] = lexemeTerm(weights);
  }
  return rankOr(terms, words.length);
}

describe('text relevance as PostgreSQL ranks it', () => {
  it('reads a tsvector’s text form: positions, weights (D unwritten), quotes and backslashes', () => {
    expect(parseVector("'return':5A,6B,16 'o''brien':2C 'a\\\\b':1 'bare'")).toEqual([
      { lexeme: 'return', weights: [3, 2, 0] },
      { lexeme: "o'brien", weights: [1] },
      { lexeme: 'a\\b', weights: [0] },
      { lexeme: 'bare', weights: [0] },
    ]);
  });

  it('visits the query’s words once each, in byte order', () => {
    expect(queryWords("'process' | 'return' | 'café' | 'cafe' | 'return'")).toEqual([
      'cafe',
      'café',
      'process',
      'return',
    ]);
    expect(queryWords('')).toEqual([]);
  });

  // The figures are PostgreSQL 17's ts_rank(…, 32) for the same vectors and queries, read as float8.
  it('gives ts_rank’s single-precision figure to the last bit', () => {
    const vector =
      "'custom':13B 'daili':17B 'everi':14B 'refund':8B 'return':5A,6B,16B 'shopifi':1A,4A 'store':2A,11B 'support':3A 'week':15B";
    expect(rank(vector, "'process' | 'return' | 'shopifi' | 'small' | 'store'")).toBe(0.2981833219528198);
    expect(rank("'brien':2A 'café':4A,5B 'o':1A 'owner':6B", "'o' | 'brien' | 'café'")).toBe(0.3858215808868408);
    expect(rank("'bookkeep':1A 'invoic':2B", "'calendar' | 'meet'")).toBe(0);
  });
});
