/**
 * Currencies Delegate accepts for rates and budgets (ISO 4217). Amounts are always integers in
 * the currency's minor unit; every currency here has two decimals except where noted.
 */
export const SUPPORTED_CURRENCIES = ['USD', 'EUR', 'GBP', 'TRY', 'CAD', 'AUD'] as const;
export type Currency = (typeof SUPPORTED_CURRENCIES)[number];
