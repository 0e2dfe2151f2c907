import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test('ops add a skills test to the bank, with errors shown on the question at fault', async ({ page }) => {
  await page.goto('/ops/sign-in');
  await page.getByLabel('E-mail').fill(DEMO.opsAdmin);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Test bank' }).click();
  await expect(page.getByRole('link', { name: 'Customer support essentials' })).toBeVisible();

  await page.getByRole('link', { name: 'New test' }).click();
  await page.getByRole('combobox', { name: 'Skill' }).click();
  await page.getByRole('option', { name: 'Calendar and meeting scheduling' }).click();
  await page.getByLabel('Title').fill('Calendar basics');
  const question = page.getByRole('group', { name: 'Question 1' });
  await question
    .getByRole('textbox', { name: 'Question', exact: true })
    .fill('A client in New York asks for 9:00 their time. What is that in London?');
  await question.getByLabel('Option 1', { exact: true }).fill('14:00');
  await question.getByLabel('Option 2', { exact: true }).fill('04:00');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(question).toContainText('This field is required.');

  await question.getByLabel('Option 1 is correct').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved.');
  await page.getByRole('link', { name: 'Test bank' }).click();
  await expect(page.getByRole('link', { name: 'Calendar basics' })).toBeVisible();
});
