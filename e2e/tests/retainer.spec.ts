import { expect, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const CONTRACT = 'Bookkeeping help at month end';

async function openContract(page: Page) {
  await page.getByRole('link', { name: 'Contracts' }).first().click();
  await page.getByRole('link', { name: CONTRACT }).click();
  await expect(page.getByRole('heading', { name: CONTRACT })).toBeVisible();
}

test('a retainer starts with a paid two-week trial: the business pays it, the VA hands it in with the hours worked, the business approves and continues', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const client = await signIn(browser, '/', DEMO.clientOwner);
  await openContract(client);
  await expect(client.getByRole('alert', { name: 'Paid trial' })).toBeVisible();
  const trial = client.getByTestId('milestone-row').filter({ hasText: 'Paid trial' });
  // $450 a month for 20 hours: the two-week trial is 14/30 of both.
  await expect(trial).toContainText('$210.00');
  await expect(trial).toContainText('9.33 h');

  await trial.getByRole('button', { name: 'Pay into escrow' }).click();
  const pay = client.getByRole('dialog', { name: /into escrow/ });
  await pay.getByRole('button', { name: 'Continue to payment' }).click();
  await pay.getByLabel('Card number').fill('4242 4242 4242 4242');
  await pay.getByRole('button', { name: 'Pay $210.00' }).click();
  await expect(pay).toBeHidden();
  await expect(trial.getByText('Paid, in progress')).toBeVisible();

  // The VA hands the trial in, saying how many hours it took.
  const va = await signIn(browser, '/freelancer/', DEMO.retainerVa);
  await openContract(va);
  const vaTrial = va.getByTestId('milestone-row').filter({ hasText: 'Paid trial' });
  await vaTrial.getByRole('button', { name: 'Hand in work' }).click();
  const handIn = va.getByRole('dialog', { name: /Hand in/ });
  await handIn.getByLabel('What you did, and where to find it').fill('November reconciled; three invoices chased.');
  await handIn.locator('input[type="file"]').setInputFiles({
    name: 'november-reconciliation.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await handIn.getByRole('button', { name: 'Hand in work' }).click();
  await expect(handIn.getByText('Hours worked in this period')).toBeVisible();
  await handIn.getByLabel('Hours worked in this period').fill('7.5');
  await handIn.getByRole('button', { name: 'Hand in work' }).click();
  await expect(handIn).toBeHidden();
  await expect(vaTrial).toContainText('7.5 of 9.33 h worked');

  // The business approves the trial (after reading the file handed in with it) and continues with the VA.
  await client.reload();
  const file = client.getByRole('link', { name: /november-reconciliation\.pdf/ });
  await expect(file).toBeVisible();
  const download = await client.request.get((await file.getAttribute('href')) ?? '');
  expect(download.status()).toBe(200);
  expect((await download.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await trial.getByRole('button', { name: 'Approve and release' }).click();
  await client.getByRole('dialog').getByRole('button', { name: 'Approve and release' }).click();
  await expect(trial.getByText('Released')).toBeVisible();
  await client.getByRole('button', { name: 'Continue after the trial' }).click();
  await client
    .getByRole('dialog', { name: /Continue with/ })
    .getByRole('button', { name: 'Continue after the trial' })
    .click();
  await expect(client.getByRole('button', { name: 'Continue after the trial' })).toHaveCount(0);

  await va.reload();
  await expect(vaTrial.getByText('Released')).toBeVisible();
  await expect(va.getByTestId('contract-event').filter({ hasText: 'handed in' }).first()).toContainText(
    'November reconciled',
  );
});
