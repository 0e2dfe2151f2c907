import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

const POST = 'Bookkeeping help at month end';

test('a business finds a VA by skill, language and shared hours, reads her profile and invites her to a post; she sees the invitation', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  // Olga works New York hours; Rachel works Chicago's, runs Shopify stores as an expert and is a native English speaker.
  const client = await signIn(browser, '/', DEMO.clientOwner);
  await client.getByRole('link', { name: 'Find talent' }).click();
  await expect(client.getByRole('heading', { name: 'Find talent', level: 1 })).toBeVisible();
  await client.getByRole('combobox', { name: 'Skills (up to 5)' }).click();
  await client.getByRole('option', { name: 'Shopify store operations' }).click();
  await client.keyboard.press('Escape');
  await client.getByRole('combobox', { name: 'Lowest skill level' }).click();
  await client.getByRole('option', { name: 'Expert' }).click();
  await client.getByRole('combobox', { name: 'Spoken language' }).fill('English');
  await client.getByRole('listbox').getByRole('option', { name: 'English' }).click();
  await client.getByRole('combobox', { name: 'Lowest language level' }).click();
  await client.getByRole('option', { name: 'Native' }).click();
  await client.getByLabel('Shared working hours a day').fill('6');
  await client.getByRole('button', { name: 'Search' }).click();

  const rachel = client.getByTestId('talent-card').filter({ hasText: 'Rachel Cohen' });
  await expect(rachel).toBeVisible();
  // Maria, in Manila, shares no working hours with New York: not among them.
  await expect(client.getByTestId('talent-card').filter({ hasText: 'Maria Santos' })).toHaveCount(0);
  await expect(rachel).toContainText('7 h shared a day');
  await rachel.getByRole('button', { name: 'Why this VA' }).click();
  await expect(rachel.getByRole('list')).toBeVisible();
  expect(await seriousViolations(client)).toEqual([]);

  // Her profile, then back to the results.
  await rachel.getByRole('link', { name: 'Rachel Cohen' }).click();
  await expect(client.getByRole('heading', { name: 'Rachel Cohen', level: 1 })).toBeVisible();
  await client.goBack();
  await expect(client.getByRole('heading', { name: 'Find talent', level: 1 })).toBeVisible();
  await client.getByRole('button', { name: 'Search' }).click();

  // Invited to one of Olga's open posts: once, and the card says so.
  await client.getByRole('combobox', { name: 'Invite to post' }).click();
  await client.getByRole('option', { name: POST }).click();
  await rachel.getByRole('button', { name: 'Invite Rachel Cohen' }).click();
  await expect(client.getByText(`Rachel Cohen is invited to “${POST}”.`)).toBeVisible();
  await expect(rachel.getByText('Invited')).toBeVisible();

  // Rachel finds the invitation in her feed.
  const va = await signIn(browser, '/freelancer/', DEMO.talentVa);
  await va.getByRole('link', { name: 'Job posts' }).click();
  await expect(va.getByRole('article', { name: POST }).getByText('Invited')).toBeVisible();
});
