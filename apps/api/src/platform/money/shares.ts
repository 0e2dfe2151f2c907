/**
 * Dividing money in minor units, with the rounding written down once. Every function returns
 * integers, and the parts of a division always add up to the whole: no cent is created or lost.
 */

/** The share of an amount at a rate in basis points (1,000 = 10%), rounded half up to the minor unit. */
export function shareOf(amountMinor: number, basisPoints: number): number {
  assertMinor(amountMinor);
  if (!Number.isInteger(basisPoints) || basisPoints < 0 || basisPoints > 10_000) {
    throw new RangeError(`A rate in basis points is an integer from 0 to 10,000, not ${basisPoints}.`);
  }
  const scaled = amountMinor * basisPoints;
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`${amountMinor} is too large to divide exactly.`);
  return Math.floor((scaled + 5_000) / 10_000);
}

/**
 * An amount split in two: the first part at `basisPoints` of the whole, rounded half up (so a
 * 60/40 split of 1 cent gives the cent to the first party), the second part the rest.
 */
export function split(amountMinor: number, basisPoints: number): [first: number, second: number] {
  const first = shareOf(amountMinor, basisPoints);
  return [first, amountMinor - first];
}

export function assertMinor(amountMinor: number): void {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0) {
    throw new RangeError(`An amount in minor units is a whole number of at least 0, not ${amountMinor}.`);
  }
}

/**
 * `amountMinor × numerator ÷ denominator`, rounded half up to the minor unit: a part of a period's
 * price for part of the period (a two-week trial of a monthly retainer is 14/30 of a month).
 */
export function prorate(amountMinor: number, numerator: number, denominator: number): number {
  assertMinor(amountMinor);
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || numerator < 0 || denominator < 1) {
    throw new RangeError(`A fraction of whole numbers is needed, not ${numerator}/${denominator}.`);
  }
  const scaled = amountMinor * numerator * 2;
  if (!Number.isSafeInteger(scaled)) throw new RangeError(`${amountMinor} is too large to divide exactly.`);
  return Math.floor((scaled + denominator) / (2 * denominator));
}

/**
 * The fee on one release of a milestone: the fee on everything released from it so far, this release
 * included, less the fee on what was released before. Splitting a release never changes the total
 * (rounding cannot shave it), and all releases together take exactly the fee on the total released.
 */
export function feeOnRelease(releasedBeforeMinor: number, amountMinor: number, basisPoints: number): number {
  return shareOf(releasedBeforeMinor + amountMinor, basisPoints) - shareOf(releasedBeforeMinor, basisPoints);
}
