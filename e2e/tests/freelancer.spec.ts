import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test('a VA signs in to the freelancer app, sees how vetting works and where they stand', async ({ page }) => {
  await page.goto('/freelancer/');
  await expect(page).toHaveURL(/\/freelancer\/sign-in/);
  await page.getByLabel('E-mail').fill(DEMO.freelancer);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Maria Santos' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Skills test' })).toBeVisible();
  await page.getByRole('link', { name: 'See where your application stands' }).click();
  await expect(page.getByTestId('application-status')).toHaveText('Approved');
  await expect(page.getByText('Approved, with a vetting score of')).toBeVisible();
});

test('a VA cannot sign in to the client app, and is told where to go', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(DEMO.freelancer);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText(/This is a freelancer account\. Sign in from the freelancer app\./);
});
