import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test('a business signs up, lands in its organisation, and sees its team', async ({ page }) => {
  const email = `owner.${Date.now()}@new-shop.test`;
  await page.goto('/sign-up');
  await expect(page.getByRole('heading', { name: 'Hire pre-vetted virtual assistants' })).toBeVisible();
  await page.getByLabel('Your name').fill('Nora Shopkeeper');
  await page.getByLabel('Business name').fill('Nora’s Notebook Shop');
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a sensible long password');
  await page.getByRole('button', { name: 'Create account' }).click();

  await expect(page.getByRole('heading', { name: 'Welcome, Nora Shopkeeper' })).toBeVisible();
  await expect(page.getByText('Nora’s Notebook Shop is ready on Delegate')).toBeVisible();
  await page.getByRole('link', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { name: /Team · Nora’s Notebook Shop/ })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
});

test('bad sign-up input shows translated errors on the fields', async ({ page }) => {
  await page.goto('/sign-up');
  await page.getByLabel('E-mail').fill('not an e-mail');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByText('Enter a valid e-mail address.')).toBeVisible();
  await expect(page.getByText('Use 10 to 128 characters.')).toBeVisible();
  await expect(page.getByText('This field is required.').first()).toBeVisible();

  // An error only the server can know, shown on its field.
  await page.getByLabel('Your name').fill('Someone Else');
  await page.getByLabel('Business name').fill('Copycat Ltd');
  await page.getByLabel('E-mail').fill(DEMO.clientOwner);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a sensible long password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('An account with this e-mail already exists.');
  await expect(page.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
});
