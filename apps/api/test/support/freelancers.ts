import type { FreelancerSpec } from '../../src/seed/factories.js';

/**
 * An approved VA in Rome who fits `jobPostInput` (customer support, English C1, €15 an hour, 30 free
 * hours a week). Tests change only what they are about.
 */
export function approvedVa(name: string, password: string, changes: Partial<FreelancerSpec> = {}): FreelancerSpec {
  return {
    displayName: name,
    password,
    timeZone: 'Europe/Rome',
    currency: 'EUR',
    hourlyRateMinor: 1500,
    weeklyCapacityHours: 30,
    vettingStage: 'approved',
    vettingScore: 80,
    skills: [{ slug: 'customer-support', level: 'advanced', years: 3 }],
    languages: [{ language: 'en', level: 'C1' }],
    ...changes,
  };
}
