import { expect, type Page } from '@playwright/test';

/** Ops decide a dispute in mediation (its page open): the VA's share in percent, and why, confirmed. */
export async function decideSplit(ops: Page, sharePercent: number, why: string): Promise<void> {
  await ops.getByLabel('Share to the VA').fill(String(sharePercent));
  await ops.getByLabel('Why (both sides read it)').fill(why);
  await ops.getByRole('button', { name: 'Decide the split' }).click();
  await ops
    .getByRole('dialog', { name: 'Decide this dispute?' })
    .getByRole('button', { name: 'Decide the split' })
    .click();
  await expect(ops.getByTestId('dispute-outcome')).toBeVisible();
}
