import { fileURLToPath } from 'node:url';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';

const RESUME = fileURLToPath(new URL('../fixtures/resume.pdf', import.meta.url));

async function signIn(page: Page, app: 'freelancer' | 'ops', email: string, password = DEMO.password) {
  await page.goto(`/${app}/sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The sign-in page has a heading too: wait until the app has moved on, so the session cookie is set.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function opsPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'ops', DEMO.opsAdmin);
  return page;
}

/** Opens the applicant's review page from the queue search, and claims it if nobody holds it for us. */
async function openApplication(ops: Page, name: string) {
  await ops.goto('/ops/vetting');
  await ops.getByLabel('Search by name or e-mail').fill(name);
  await ops.getByRole('link', { name }).click();
  await expect(ops.getByRole('heading', { name })).toBeVisible();
}

async function claim(ops: Page) {
  const claimButton = ops.getByRole('button', { name: /^(Claim|Take over)$/ });
  const claimed = ops.getByText('Claimed by Aylin Demir');
  await expect(claimButton.or(claimed)).toBeVisible();
  if (await claimButton.isVisible()) await claimButton.click();
  await expect(ops.getByText('Claimed by Aylin Demir')).toBeVisible();
}

/** Rates every criterion "Meets the bar" and passes the stage. */
async function passStage(ops: Page, stage: string) {
  await claim(ops);
  await ops.getByRole('button', { name: 'Pass this stage…' }).click();
  const dialog = ops.getByRole('dialog', { name: `Scorecard: ${stage}` });
  const ratings = dialog.getByRole('radiogroup');
  // `all()` does not wait: let the scorecard render before listing its criteria.
  await expect(ratings.first()).toBeVisible();
  for (const group of await ratings.all()) await group.getByText('Meets the bar').click();
  await dialog.getByRole('button', { name: 'Pass stage' }).click();
  await expect(dialog).toBeHidden();
}

/** `YYYY-MM-DDTHH:mm` in a time zone, for a `datetime-local` input. */
function wallClock(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

test('a new VA applies with a résumé, passes a timed test and an interview, and ops approve them', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const name = `Imani Otieno ${Date.now().toString(36)}`;
  await page.goto('/freelancer/sign-up');
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('E-mail').fill(`imani.${Date.now()}@va.example`);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a sensible long password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${name}` })).toBeVisible();

  // Applying too early names what is missing.
  await page.getByRole('link', { name: 'Application', exact: true }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('alert')).toContainText('Your profile has not been saved yet');

  // The profile, the résumé and two references.
  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await page.getByLabel('Headline').fill('Customer support for Shopify shops');
  await page
    .getByLabel('About you')
    .fill('Five years answering customers for online candle and soap shops, and keeping their order desks tidy.');
  await page.getByLabel('Hourly rate').fill('14.50');
  await page.getByLabel('Hours available a week').fill('30');
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'Kenya' }).click();
  await page.getByRole('combobox', { name: 'Choose up to 15 skills' }).click();
  await page.getByRole('option', { name: 'Customer support (e-mail, chat)' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Add a language' }).click();
  await page.getByRole('listbox', { name: 'Add a language' }).getByRole('option', { name: 'English' }).click();
  for (const [index, reference] of [
    ['Dana Lee', 'Wick & Wax', 'dana@wickandwax.example'],
    ['Ben Cruz', 'Soap Co', 'ben@soap.example'],
  ].entries()) {
    await page.getByRole('button', { name: 'Add to References' }).click();
    const group = page.getByRole('group', { name: `Reference ${index + 1}` });
    await group.getByLabel('Name').fill(reference[0] as string);
    await group.getByLabel('How they know you').fill('Former manager');
    await group.getByLabel('Company').fill(reference[1] as string);
    await group.getByLabel('E-mail').fill(reference[2] as string);
  }
  await expect(page.getByTestId('save-state')).toContainText('Draft saved at');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Upload résumé' }).click();
  await (await chooser).setFiles(RESUME);
  await expect(page.getByTestId('resume-file')).toContainText('resume.pdf');

  await page.getByRole('link', { name: 'Application', exact: true }).click();
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('In review');
  await expect(page.getByTestId('next-step')).toContainText('Our team reviews your profile and résumé by');

  // Ops screen the profile; the pipeline assigns the customer-support test.
  const ops = await opsPage(browser);
  await openApplication(ops, name);
  await expect(ops.getByTestId('resume-link')).toHaveText('resume.pdf');
  await passStage(ops, 'Profile screen');
  await expect(ops.getByTestId('review-stage')).toHaveText('Skills test');

  // The VA takes the timed test; a reload keeps the clock.
  await page.reload();
  await page.getByRole('button', { name: 'Start the test' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start the test' }).click();
  const timer = page.getByTestId('test-timer');
  await expect(timer).toBeVisible();
  await page.getByLabel('Apologise, ask for a photo and offer a replacement or refund').check();
  await expect(page.getByText('Answer saved').first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Apologise, ask for a photo and offer a replacement or refund')).toBeChecked();
  expect(Number((await timer.textContent())?.split(':')[0])).toBeLessThan(25);
  await page.getByLabel('Within one business day').check();
  await page.getByLabel('“I’m sorry this happened; let’s sort it out.”').check();
  await page.getByLabel('Who will handle it and by when you will update them').check();
  await page
    .getByRole('textbox', { name: /My order #1042/ })
    .fill(
      'I am so sorry it did not arrive in time. It is at your local depot; I have asked for delivery tomorrow and refunded the shipping.',
    );
  await expect(page.getByText('Answer saved')).toHaveCount(5);
  await page.getByRole('button', { name: 'Hand in' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Hand in' }).click();
  await expect(page.getByText('Handed in.')).toBeVisible();

  // Ops grade the written task, pass the test stage and offer an interview time a minute or two away.
  await ops.reload();
  const attempt = ops.getByTestId('test-attempt');
  await attempt.getByLabel('Empathy and tone (0–3)').fill('3');
  await attempt.getByLabel('Accurate next step and timing (0–4)').fill('3');
  await attempt.getByLabel('Clear, concise writing (0–3)').fill('3');
  await attempt.getByRole('button', { name: 'Save grades' }).click();
  await expect(attempt).toContainText('Graded');
  await passStage(ops, 'Skills test');
  await expect(ops.getByTestId('review-stage')).toHaveText('Interview');
  const startsAt = new Date(Math.ceil((Date.now() + 75_000) / 60_000) * 60_000);
  await ops.getByLabel('Time 1').fill(wallClock(startsAt, 'Europe/Istanbul'));
  await ops.getByLabel('Meeting link').fill('https://meet.example/imani');
  await ops.getByRole('button', { name: 'Offer times' }).click();
  await expect(ops.getByText('(Europe/Istanbul)')).toBeVisible();

  // The VA books it, seeing it in their own time zone.
  await page.reload();
  await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Book this time' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Book this time' }).click();
  await expect(page.getByTestId('booked-slot')).toBeVisible();

  // After the interview has begun, ops score it, then references and identity, then approve.
  await page.waitForTimeout(Math.max(0, startsAt.getTime() - Date.now() + 1000));
  await ops.reload();
  await passStage(ops, 'Interview');
  await passStage(ops, 'References');
  await passStage(ops, 'Identity');
  await expect(ops.getByTestId('review-stage')).toHaveText('Decision');
  await claim(ops);
  await ops.getByRole('button', { name: 'Approve' }).click();
  await ops.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
  await expect(ops.getByTestId('review-status')).toHaveText('Approved');

  await page.reload();
  await expect(page.getByTestId('application-status')).toHaveText('Approved');
  await expect(page.getByText(/Customer support \(e-mail, chat\): \d+ %/)).toBeVisible();
});

test('a rejected VA reads the reason and the date they may apply again, in Turkish', async ({ page, browser }) => {
  const ops = await opsPage(browser);
  await openApplication(ops, 'Ayşe Kaya');
  await claim(ops);
  await ops.getByRole('button', { name: 'Reject…' }).click();
  const dialog = ops.getByRole('dialog', { name: 'Reject the application' });
  await dialog.getByLabel('Reason').fill('We need two years of e-commerce support experience for this track.');
  await dialog.getByLabel('May apply again from').fill('2027-03-01');
  await dialog.getByRole('button', { name: 'Reject the application' }).click();
  await expect(ops.getByTestId('review-status')).toHaveText('Not accepted');

  await signIn(page, 'freelancer', DEMO.screeningVa);
  await page.getByRole('link', { name: 'Başvuru', exact: true }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Kabul edilmedi');
  await expect(page.getByTestId('rejection-reason')).toHaveText(
    'We need two years of e-commerce support experience for this track.',
  );
  await expect(page.getByTestId('reapply-date')).toHaveText(
    '1 Mart 2027 tarihinden itibaren yeniden başvurabilirsiniz.',
  );
});
