// Runs after hourly.spec and before ops.spec (files run in name order): its contract adds to Joy's
// committed hours, which hourly.spec reads, and ops.spec resets Joy's password.
import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { decideSplit } from '../support/disputes';
import { documentText } from '../support/pdf';
import { signIn } from '../support/sign-in';

const POST = 'Order e-mails for our bakery supplies shop';
/** Weeks run Monday to Sunday UTC, and the contract starts today there (Joy's Manila may be a day ahead). */
const TODAY = new Date().toISOString().slice(0, 10);

test('an hourly contract from offer to payout: a saved card funds the week, the VA logs time, the business disputes an entry and approves the rest, ops split it, both read their PDFs', async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // Joy, who already works for Northwind by the hour, proposes on Kettle & Crumb's hourly post.
  const va = await signIn(browser, '/freelancer/', DEMO.hourlyVa);
  await va.getByRole('link', { name: 'Job posts' }).first().click();
  await va.getByRole('tab', { name: 'Search all open jobs' }).click();
  await va.getByRole('searchbox', { name: 'Words' }).fill('bakery');
  await va.getByRole('link', { name: POST }).click();
  await va
    .getByLabel('Cover letter')
    .fill('I answer order e-mails for a candle shop every evening and keep its order sheet.');
  await va.getByLabel('Your hourly rate (EUR)').fill('12');
  await va.getByRole('button', { name: 'Send proposal' }).click();
  await expect(va.getByTestId('proposal-status')).toHaveText('Sent');

  // Tom offers an hourly contract at the post's 10 hours a week, from today.
  const client = await signIn(browser, '/', DEMO.reviewsClient);
  await client.getByRole('link', { name: 'Job posts' }).click();
  await client
    .getByRole('row', { name: new RegExp(POST) })
    .getByRole('link', { name: 'See candidates' })
    .click();
  await client.getByRole('tab', { name: /Proposals/ }).click();
  const proposal = client.getByRole('article', { name: 'Joy Villanueva' });
  await proposal.getByRole('button', { name: 'Make an offer' }).click();
  const offer = client.getByRole('dialog', { name: 'Offer a contract to Joy Villanueva' });
  await expect(offer.getByLabel('Hourly rate (EUR)')).toHaveValue('12');
  await expect(offer.getByLabel('Weekly limit (hours)')).toHaveValue('10');
  await offer.getByLabel('Start date').fill(TODAY);
  await offer.getByRole('button', { name: 'Send offer' }).click();
  await expect(client.getByText('Offer sent to Joy Villanueva.')).toBeVisible();

  await va.reload();
  await va.getByRole('button', { name: 'Accept offer' }).click();
  await va.getByRole('dialog', { name: 'Accept this offer?' }).getByRole('button', { name: 'Accept offer' }).click();
  await expect(va.getByText('You are hired for this job')).toBeVisible();

  // Kettle & Crumb has no card yet: Tom saves one, and the week that began is paid with it at once.
  await client.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Billing' }).click();
  await client.getByRole('button', { name: 'Save a card' }).click();
  const save = client.getByRole('dialog', { name: 'Save a card for hourly weeks' });
  await save.getByRole('button', { name: 'Continue', exact: true }).click();
  await save.getByLabel('Card number').fill('4242 4242 4242 4242');
  await save.getByRole('button', { name: 'Save the card' }).click();
  await expect(client.getByTestId('saved-card')).toContainText('•••• 4242');

  // Joy's week is funded (€120.00, 10 h at €12): she starts the timer and writes two entries by hand.
  await va.getByRole('link', { name: 'Contracts' }).first().click();
  await va.getByRole('link', { name: POST }).click();
  const time = va.locator('#time');
  // Pages load when first visited: reload only once this one has arrived.
  await expect(time.getByRole('heading', { name: 'Time' })).toBeVisible();
  const week = time.getByTestId('hourly-week').first();
  await expect(async () => {
    await va.reload();
    await expect(week).toContainText('Paid, in progress', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await time.getByLabel('Note for the timer (optional)').fill('Live chat shift');
  await time.getByRole('button', { name: 'Start timer' }).click();
  const timerStarted = Date.now();
  await expect(time.getByText(/Timer running since/)).toBeVisible();
  for (const [minutes, memo] of [
    ['120', 'Answered 14 order e-mails from wholesale buyers.'],
    ['60', 'Updated the order sheet with this week’s orders.'],
  ] as const) {
    await time.getByLabel('Day').fill(TODAY);
    await time.getByLabel('Or minutes').fill(minutes);
    await time.getByRole('textbox', { name: 'What you did' }).fill(memo);
    if (minutes === '120') {
      // Proof of work is the memo, the task and a file, never a screenshot of her screen.
      await time.getByLabel('Task (optional)').fill('Answer order e-mails within a day');
      await time.locator('input[type="file"]').setInputFiles({
        name: 'wholesale-replies.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
      });
    }
    await time.getByRole('button', { name: 'Log time' }).click();
    await expect(week.getByRole('row', { name: new RegExp(memo) })).toBeVisible();
  }
  // Once handed in, the next week is listed first: this one is told by its entries from here on.
  const worked = time.getByTestId('hourly-week').filter({ hasText: 'Answered 14 order e-mails' });

  // Her home shows this week across both clients, the timer running, while it counts its first minute.
  await va.getByRole('link', { name: 'Home' }).first().click();
  const hourly = va.getByTestId('week-hourly');
  await expect(hourly).toContainText('Northwind');
  await expect(hourly).toContainText('Kettle & Crumb');
  expect(await seriousViolations(va)).toEqual([]);
  await va.waitForTimeout(Math.max(0, timerStarted + 65_000 - Date.now()));
  await va.goBack();
  await time.getByRole('button', { name: 'Stop timer' }).click();
  await expect(worked.getByRole('row', { name: /Live chat shift/ })).toContainText('Timer');

  // The week closes: Joy hands it in early rather than wait for Sunday.
  await worked.getByRole('button', { name: 'Submit timesheet' }).click();
  await va
    .getByRole('dialog', { name: "Submit this week's timesheet?" })
    .getByRole('button', { name: 'Submit timesheet' })
    .click();
  await expect(worked.getByText('Handed in')).toBeVisible();

  // Tom disputes the timer's entry and approves the rest: 3 h at €12.00, released at once.
  await client.getByRole('link', { name: 'Contracts' }).first().click();
  await client.getByRole('link', { name: POST }).click();
  const review = client.locator('#time').getByTestId('hourly-week').filter({ hasText: 'Live chat shift' });
  await expect(review.getByRole('row', { name: /Answered 14 order e-mails/ })).toContainText(
    'Task: Answer order e-mails within a day',
  );
  await expect(review.getByRole('link', { name: 'wholesale-replies.pdf' })).toBeVisible();
  await review
    .getByRole('row', { name: /Live chat shift/ })
    .getByRole('checkbox')
    .check();
  await review.getByRole('button', { name: 'Dispute selected (1)' }).click();
  const dispute = client.getByRole('dialog', { name: 'Dispute the selected time' });
  await dispute.getByLabel('What is wrong with these entries').fill('No chat shift was agreed for this week.');
  await dispute.getByRole('button', { name: 'Open the dispute' }).click();
  await expect(dispute).toBeHidden();
  await review.getByRole('button', { name: 'Approve the week' }).click();
  const approve = client.getByRole('dialog', { name: "Approve this week's time?" });
  await expect(approve).toContainText('€36.00');
  await approve.getByRole('button', { name: 'Approve the week' }).click();
  await expect(review.getByText('Released', { exact: true })).toBeVisible();
  expect(await seriousViolations(client)).toEqual([]);

  // The disputed minutes go to Delegate, and ops split them.
  await client.getByRole('button', { name: 'Ask Delegate to mediate' }).click();
  await client
    .getByRole('dialog', { name: "Ask Delegate's team to decide?" })
    .getByRole('button', { name: 'Ask Delegate to mediate' })
    .click();
  await expect(client.getByTestId('dispute').getByText('Ops mediating')).toBeVisible();
  const ops = await signIn(browser, '/ops/', DEMO.opsAdmin);
  await ops.getByRole('link', { name: 'Disputes' }).click();
  await ops.getByRole('link', { name: `Disputed time, week of ${TODAY}` }).click();
  await expect(ops.getByText('The business says: No chat shift was agreed')).toBeVisible();
  await decideSplit(ops, 50, 'The shift was worked but not agreed: half each.');
  await expect(ops.getByTestId('dispute-outcome')).toContainText('to the VA');

  // Tom's invoice for the approved week, issued in the background, reads €36.00.
  await client.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Billing' }).click();
  await expect(client.getByRole('heading', { name: 'Billing', level: 1 })).toBeVisible();
  const invoiceText = await documentText(client, client.getByTestId('billing-document').filter({ hasText: '€36.00' }));
  expect(invoiceText).toContain('Invoice');
  expect(invoiceText).toContain('Kettle & Crumb Bakery Supplies');
  expect(invoiceText).toContain('€36.00');

  // Joy's statement: €36.00 earned, less Delegate's 10% fee, €32.40 paid to her.
  await va.getByRole('link', { name: 'Earnings' }).first().click();
  await expect(va.getByRole('heading', { name: 'Earnings', level: 1 })).toBeVisible();
  // Statements list what reached the VA: the week's €32.40 net.
  const statementText = await documentText(va, va.getByTestId('billing-document').filter({ hasText: '€32.40' }));
  expect(statementText).toContain('Earnings statement');
  expect(statementText).toContain('€36.00');
  expect(statementText).toContain('€3.60');
  expect(statementText).toContain('€32.40');
  expect(await seriousViolations(va)).toEqual([]);
});
