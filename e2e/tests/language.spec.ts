import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test('switching to Turkish translates the interface, before and after signing in', async ({ page }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('Türkçe');

  await expect(page.getByRole('heading', { name: 'Giriş yap' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'tr');
  await page.getByLabel('E-posta').fill(DEMO.clientOwner);
  await page.getByRole('textbox', { name: 'Şifre', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Giriş yap' }).click();

  await expect(page.getByRole('heading', { name: 'Hoş geldiniz, Olga Lindqvist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ekip', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Hesap ayarları' })).toBeVisible();

  // The choice is kept on the account; switching back leaves the demo account as the other journeys expect.
  await page.getByRole('combobox', { name: 'Dil' }).selectOption('English');
  await expect(page.getByRole('link', { name: 'Team', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Team', exact: true })).toBeVisible();
});
