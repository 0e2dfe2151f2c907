import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const POST = 'Bookkeeping help at month end';

// Runs before ops.spec (files run in name order), which gives Joy a new password.
test('a business finds a VA by skill, language and shared hours, reads her profile and invites her to a post; she sees the invitation', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  // Olga works New York hours; Joy works most of them from Manila, schedules calendars, and speaks Filipino natively.
  const client = await signIn(browser, '/', DEMO.clientOwner);
  await client.getByRole('link', { name: 'Find talent' }).click();
  await expect(client.getByRole('heading', { name: 'Find talent', level: 1 })).toBeVisible();
  await client.getByRole('combobox', { name: 'Skills (up to 5)' }).click();
  await client.getByRole('option', { name: 'Calendar and meeting scheduling' }).click();
  await client.keyboard.press('Escape');
  await client.getByRole('combobox', { name: 'Spoken language' }).fill('Filipino');
  await client.getByRole('option', { name: 'Filipino' }).click();
  await client.getByRole('combobox', { name: 'Lowest language level' }).click();
  await client.getByRole('option', { name: 'Native' }).click();
  await client.getByLabel('Shared working hours a day').fill('6');
  await client.getByRole('button', { name: 'Search' }).click();

  const joy = client.getByTestId('talent-card').filter({ hasText: 'Joy Villanueva' });
  await expect(joy).toBeVisible();
  // Maria speaks Filipino too, but her Manila day shares no hours with New York's.
  await expect(client.getByTestId('talent-card').filter({ hasText: 'Maria Santos' })).toHaveCount(0);
  await expect(joy).toContainText('7 h shared a day');
  await joy.getByRole('button', { name: 'Why this VA' }).click();
  await expect(joy.getByRole('list')).toBeVisible();
  expect(await seriousViolations(client)).toEqual([]);

  // Her profile, then back to the results.
  await joy.getByRole('link', { name: 'Joy Villanueva' }).click();
  await expect(client.getByRole('heading', { name: 'Joy Villanueva', level: 1 })).toBeVisible();
  await client.goBack();
  await expect(client.getByRole('heading', { name: 'Find talent', level: 1 })).toBeVisible();
  await client.getByRole('button', { name: 'Search' }).click();

  // Invited to one of Olga's open posts: once, and the card says so.
  await client.getByRole('combobox', { name: 'Invite to post' }).click();
  await client.getByRole('option', { name: POST }).click();
  await joy.getByRole('button', { name: 'Invite Joy Villanueva' }).click();
  await expect(client.getByText(`Joy Villanueva is invited to “${POST}”.`)).toBeVisible();
  await expect(joy.getByText('Invited')).toBeVisible();

  // Joy finds the invitation in her feed.
  const va = await signIn(browser, '/freelancer/', DEMO.hourlyVa);
  await va.getByRole('link', { name: 'Job posts' }).click();
  await expect(va.getByRole('article', { name: POST }).getByText('Invited')).toBeVisible();
});
