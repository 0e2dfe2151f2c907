import { expect, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const CONTRACT = 'Bookkeeping help at month end';

async function openContract(page: Page) {
  await page.getByRole('link', { name: 'Contracts' }).first().click();
  await page.getByRole('link', { name: CONTRACT }).click();
  await expect(page.getByRole('heading', { name: CONTRACT })).toBeVisible();
}

test("an owner requires approval for bonuses above $100; a hiring manager's $250 bonus waits, is approved, paid and released to the VA", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const owner = await signIn(browser, '/', DEMO.clientOwner);
  await owner.getByRole('link', { name: 'Approvals' }).first().click();
  // The demo business starts with offers, bonuses and settlements above $1,000 needing an admin.
  await expect(owner.getByTestId('approval-policy')).toContainText('above $1,000.00');
  await owner.getByRole('checkbox', { name: 'offers' }).uncheck();
  await owner.getByRole('checkbox', { name: /dispute settlements/ }).uncheck();
  await owner.getByLabel('Above this amount').fill('100');
  await owner.getByRole('button', { name: 'Save policy' }).click();
  await expect(owner.getByTestId('approval-policy')).toContainText('for bonuses above $100.00');

  // The hiring manager gives a bonus above the amount: it waits, and cannot be paid yet.
  const manager = await signIn(browser, '/', DEMO.clientHiringManager);
  await expect(manager.getByText('Owners and admins set the policy.')).toHaveCount(0);
  await openContract(manager);
  await manager.getByRole('button', { name: 'Give a bonus' }).click();
  const bonus = manager.getByRole('dialog', { name: /A bonus for/ });
  await bonus.getByLabel(/Amount/).fill('250');
  await bonus.getByLabel('A word of thanks').fill('Thank you for the extra weekend before the holidays.');
  await bonus.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(manager.getByText("The bonus waits for an admin's approval")).toBeVisible();
  const bonusRow = manager.getByTestId('milestone-row').filter({ hasText: 'Bonus' });
  await expect(bonusRow.getByText('Awaiting approval')).toBeVisible();
  await expect(bonusRow.getByRole('button', { name: 'Pay into escrow' })).toHaveCount(0);

  // The owner approves it from the approvals page, after reading what approving does.
  await owner.reload();
  const request = owner.getByTestId('approval-request').filter({ hasText: 'Bonus' });
  await expect(request).toContainText('$250.00');
  await expect(request).toContainText('Sam Ortega');
  await request.getByRole('button', { name: 'Approve' }).click();
  const approve = owner.getByRole('dialog', { name: 'Approve this request?' });
  await expect(approve).toContainText('goes to the VA as soon as it is paid');
  await approve.getByRole('button', { name: 'Approve' }).click();
  await expect(approve).toBeHidden();
  await owner.getByRole('radiogroup', { name: 'Show' }).getByText('All', { exact: true }).click();
  await expect(owner.getByTestId('approval-request').filter({ hasText: 'Bonus' })).toContainText('Approved');

  // Now the manager pays it, and it goes straight to the VA.
  await manager.reload();
  await bonusRow.getByRole('button', { name: 'Pay into escrow' }).click();
  const pay = manager.getByRole('dialog', { name: /Pay “Bonus” into escrow/ });
  await pay.getByRole('button', { name: 'Continue to payment' }).click();
  await expect(pay.getByRole('row', { name: /The VA receives/ })).toContainText('$225.00');
  await pay.getByLabel('Card number').fill('4242 4242 4242 4242');
  await pay.getByRole('button', { name: 'Pay $250.00' }).click();
  await expect(pay).toBeHidden();
  await expect(bonusRow.getByText('Released')).toBeVisible();

  const va = await signIn(browser, '/freelancer/', DEMO.retainerVa);
  await openContract(va);
  await expect(va.getByTestId('milestone-row').filter({ hasText: 'Bonus' }).getByText('Released')).toBeVisible();
  await expect(va.getByTestId('contract-event').filter({ hasText: 'added a bonus' })).toContainText(
    'Thank you for the extra weekend',
  );
});
