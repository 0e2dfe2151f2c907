import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { documentText, pdfText } from '../support/pdf';
import { signIn } from '../support/sign-in';

const CONTRACT = 'Evening customer chat for our candle shop';

test('a VA on an hourly contract logs time by hand and with the timer; the business disputes an entry of last week and approves the rest', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const va = await signIn(browser, '/freelancer/', DEMO.hourlyVa);
  // Joy's home: this week across her clients, last week in review, and her availability.
  await expect(va.getByTestId('week-hourly')).toContainText('Northwind');
  await expect(va.getByRole('heading', { name: 'Weeks in review' })).toBeVisible();
  await expect(va.getByTestId('availability-summary')).toContainText('15 h taken by your contracts');
  expect(await seriousViolations(va)).toEqual([]);
  await va.getByRole('link', { name: 'Contracts' }).first().click();
  await va.getByRole('link', { name: CONTRACT }).click();
  const time = va.locator('#time');
  await expect(time.getByRole('heading', { name: 'Time' })).toBeVisible();
  // Last week was handed in with its 11 hours; this week is paid and open.
  const weeks = time.getByTestId('hourly-week');
  await expect(weeks.nth(1)).toContainText('11 h 0 min of 15 h 0 min logged');
  await expect(weeks.nth(1)).toContainText('Handed in');
  await expect(weeks.nth(1)).toContainText('Releases by itself on');
  await expect(weeks.first()).toContainText('Paid, in progress');

  // Time written by hand, as a duration. On Sunday evenings UTC, Joy's today in Manila is already next
  // week's Monday, a week not yet begun: the UTC date is a day of this week whenever the journey runs.
  await time.getByLabel('Day').fill(new Date().toISOString().slice(0, 10));
  await time.getByLabel('Or minutes').fill('45');
  await time.getByRole('textbox', { name: 'What you did' }).fill('Answered the weekend e-mails.');
  await time.getByRole('button', { name: 'Log time' }).click();
  const entry = weeks.first().getByRole('row', { name: /Answered the weekend e-mails/ });
  await expect(entry).toContainText('0 h 45 min');
  // Entries change until the week is handed in.
  await entry.getByRole('button', { name: 'Edit' }).click();
  const edit = va.getByRole('dialog', { name: 'Change this entry' });
  await edit.getByLabel('Or minutes').fill('60');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(entry).toContainText('1 h 0 min');

  // The timer runs on the server: a reload keeps it; stopped within a minute it logs nothing.
  await time.getByRole('button', { name: 'Start timer' }).click();
  await expect(time.getByText(/Timer running since/)).toBeVisible();
  await va.reload();
  await expect(time.getByText(/Timer running since/)).toBeVisible();
  await time.getByRole('button', { name: 'Stop timer' }).click();
  await expect(time.getByRole('button', { name: 'Start timer' })).toBeVisible();
  expect(await seriousViolations(va)).toEqual([]);

  // The business reads the same weeks, without the VA's tools.
  const client = await signIn(browser, '/', DEMO.clientOwner);
  // Olga's home lists last week's timesheet to review, with its deadline.
  const attention = client.getByTestId('needs-attention');
  await expect(attention.getByRole('heading', { name: 'To review' })).toBeVisible();
  await expect(attention).toContainText('Joy');
  expect(await seriousViolations(client)).toEqual([]);
  await client.getByRole('link', { name: 'Contracts' }).first().click();
  await client.getByRole('link', { name: CONTRACT }).click();
  const clientTime = client.locator('#time');
  await expect(clientTime.getByText('Answered the weekend e-mails.')).toBeVisible();
  await expect(clientTime.getByRole('button', { name: 'Log time' })).toHaveCount(0);

  // The business reviews last week: it disputes one entry, and approves the rest at once.
  const lastWeek = clientTime.getByTestId('hourly-week').nth(1);
  await lastWeek.getByRole('checkbox').first().check();
  await lastWeek.getByRole('button', { name: 'Dispute selected (1)' }).click();
  const dispute = client.getByRole('dialog', { name: 'Dispute the selected time' });
  await dispute.getByLabel('What is wrong with these entries').fill('We have no record of this chat shift.');
  await dispute.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(dispute).toBeHidden();
  await expect(lastWeek.getByText('Disputed', { exact: true })).toBeVisible();
  await expect(client.getByTestId('milestone-row').filter({ hasText: 'Disputed time, week of' })).toContainText(
    'Disputed',
  );
  expect(await seriousViolations(client)).toEqual([]);
  await lastWeek.getByRole('button', { name: 'Approve the week' }).click();
  await client
    .getByRole('dialog', { name: "Approve this week's time?" })
    .getByRole('button', { name: 'Approve the week' })
    .click();
  await expect(lastWeek.getByText('Released', { exact: true })).toBeVisible();

  // The business changes the limit from next week, pauses and resumes.
  await clientTime.getByRole('button', { name: 'Change the limit' }).click();
  const limit = client.getByRole('dialog', { name: 'Change the weekly limit' });
  await limit.getByLabel('Hours a week').fill('12');
  await limit.getByRole('button', { name: 'Change the limit' }).click();
  await expect(clientTime.getByText('Weekly limit: 12 h')).toBeVisible();
  await clientTime.getByRole('button', { name: 'Pause' }).click();
  await client.getByRole('dialog', { name: 'Pause this contract?' }).getByRole('button', { name: 'Pause' }).click();
  await expect(clientTime.getByText(/No new week opens until you resume/)).toBeVisible();
  expect(await seriousViolations(client)).toEqual([]);
  await clientTime.getByRole('button', { name: 'Resume' }).click();
  await client.getByRole('dialog', { name: 'Resume this contract?' }).getByRole('button', { name: 'Resume' }).click();
  await expect(clientTime.getByRole('button', { name: 'Pause' })).toBeVisible();

  // Weeks are paid from Northwind's saved card; Olga replaces it on the Billing page.
  await expect(clientTime.getByText(/paid from your saved card •••• 4242/)).toBeVisible();
  await clientTime.getByRole('link', { name: 'Billing' }).click();
  await expect(client.getByTestId('saved-card')).toContainText('•••• 4242');
  await client.getByRole('button', { name: 'Replace the card' }).click();
  const save = client.getByRole('dialog', { name: 'Save a card for hourly weeks' });
  await save.getByRole('button', { name: 'Continue', exact: true }).click();
  await save.getByLabel('Card number').fill('4000 0000 0000 0341');
  await save.getByRole('button', { name: 'Save the card' }).click();
  await expect(save).toBeHidden();
  await expect(client.getByTestId('saved-card')).toContainText('•••• 0341');
  expect(await seriousViolations(client)).toEqual([]);

  // The approved part of last week (7 h at US$12) has its invoice, issued in the background.
  const invoiceText = await documentText(client, client.getByTestId('billing-document').filter({ hasText: '$84.00' }));
  expect(invoiceText).toContain('Invoice');
  expect(invoiceText).toContain('$84.00');

  // Joy reads the same release on her earnings statement.
  await va.getByRole('link', { name: 'Earnings' }).first().click();
  const statement = va.getByTestId('billing-document').filter({ hasText: 'Northwind' }).first();
  await expect(statement).toBeVisible();
  const [statementPdf] = await Promise.all([va.waitForEvent('download'), statement.getByRole('link').click()]);
  const statementText = await pdfText(statementPdf);
  expect(statementText).toContain('Earnings statement');
  expect(statementText).toMatch(/Earned \$(84|114)\.00/);
  expect(await seriousViolations(va)).toEqual([]);
});
