/** Demo accounts created by the API's seed (apps/api/src/seed/demo-seed.ts). */
export const DEMO = {
  password: 'delegate-demo-2026',
  clientOwner: 'olga@northwind-candles.test',
  /** Olga's hiring manager: approval policies apply to him. */
  clientHiringManager: 'sam@northwind-candles.test',
  freelancer: 'maria.santos@va.delegate.test',
  /** Northwind's bookkeeper on a monthly retainer, in its paid trial. */
  retainerVa: 'grace.wanjiru@va.delegate.test',
  opsAdmin: 'aylin@ops.delegate.test',
  /** Kettle & Crumb's owner, whose contract with Kim is paid in full and not yet ended. */
  reviewsClient: 'tom@kettleandcrumb.test',
  reviewsVa: 'kim.nguyen@va.delegate.test',
  /** Northwind's evening chat VA, paid by the hour: last week handed in, this week under way. */
  hourlyVa: 'joy.villanueva@va.delegate.test',
  /** A Shopify expert in Chicago whom no journey hires: Olga finds her in talent search. */
  talentVa: 'rachel.cohen@va.delegate.test',
  /** A Turkish-speaking VA whose application waits in the screening queue. */
  screeningVa: 'ayse.kaya@va.delegate.test',
} as const;
