/**
 * A GraphQL enum object from a list of stored values: `['must_have']` becomes
 * `{ MUST_HAVE: 'must_have' }`, so the schema shouts and the database keeps its spelling.
 */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((value) => [value.toUpperCase(), value])) as Record<Uppercase<T>, T>;
