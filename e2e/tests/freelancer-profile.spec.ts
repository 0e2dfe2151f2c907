import { expect, test } from '@playwright/test';

test('a new VA builds a profile draft that saves as they type and survives a reload', async ({ page }) => {
  await page.goto('/freelancer/sign-up');
  await page.getByLabel('Your name').fill('Imani Otieno');
  await page.getByLabel('E-mail').fill(`imani.${Date.now()}@va.example`);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a sensible long password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Imani Otieno' })).toBeVisible();

  await page.getByRole('link', { name: 'Profile', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Your profile' })).toBeVisible();
  await page.getByLabel('Headline').fill('Customer support for Shopify shops');
  await page.getByLabel('Hourly rate').fill('14.50');
  await page.getByRole('combobox', { name: 'Choose up to 15 skills' }).click();
  await page.getByRole('option', { name: 'Shopify store operations' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('combobox', { name: 'Add a language' }).click();
  await page.getByRole('option', { name: 'Swahili' }).click();
  await expect(page.getByTestId('save-state')).toContainText('Draft saved at');

  await page.getByRole('button', { name: 'Add to References' }).click();
  const reference = page.getByRole('group', { name: 'Reference 1' });
  await reference.getByLabel('Name').fill('Dana Lee');
  await expect(page.getByTestId('save-state')).toHaveText('Finish the new entry to save it');
  await reference.getByLabel('How they know you').fill('Former manager');
  await reference.getByLabel('Company').fill('Wick & Wax');
  await reference.getByLabel('E-mail').fill('dana@wickandwax.example');
  await expect(page.getByTestId('save-state')).toContainText('Draft saved at');

  await page.reload();
  await expect(page.getByLabel('Headline')).toHaveValue('Customer support for Shopify shops');
  await expect(page.getByLabel('Hourly rate')).toHaveValue('14.5');
  await expect(page.getByText('Shopify store operations').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove Swahili' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Reference 1' }).getByLabel('E-mail')).toHaveValue(
    'dana@wickandwax.example',
  );
});
