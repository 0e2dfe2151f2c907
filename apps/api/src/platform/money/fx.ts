export interface FxRate {
  currency: string;
  /** US dollars for one unit of the currency. */
  usdPerUnit: number;
}

/**
 * What one minor unit of each currency is worth in minor units of `target`, from one set of rates
 * (the ranking locks them). Currencies without a rate are left out: their rate fit is unknown.
 */
export function minorUnitFactors(rates: FxRate[], target: string): Map<string, number> {
  const targetRate = rates.find((rate) => rate.currency === target);
  const factors = new Map<string, number>();
  if (!targetRate) return factors;
  for (const rate of rates) {
    const exponentGap = minorDigits(target) - minorDigits(rate.currency);
    factors.set(rate.currency, (rate.usdPerUnit / targetRate.usdPerUnit) * 10 ** exponentGap);
  }
  return factors;
}

/** Decimal places of a currency's minor unit (JPY 0, EUR 2), as ISO 4217 and Intl know them. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * An amount given in US cents, in minor units of `currency` at the rates given, rounded up (a
 * minimum stays a minimum). Without a rate for the currency, the same number of its minor units.
 */
export function usdMinorIn(usdMinor: number, currency: string, rates: FxRate[]): number {
  const factor = minorUnitFactors(rates, currency).get('USD');
  return factor === undefined ? usdMinor : Math.ceil(usdMinor * factor - 1e-9);
}

/**
 * An amount in minor units of `from`, in minor units of `to` at the rates given, rounded half up;
 * null when either currency has no rate (and they differ).
 */
export function convertMinor(amountMinor: number, from: string, to: string, rates: FxRate[]): number | null {
  if (from === to) return amountMinor;
  const factor = minorUnitFactors(rates, to).get(from);
  return factor === undefined ? null : Math.round(amountMinor * factor);
}
