import { expect, test } from '@playwright/test';
import { DEMO } from '../support/demo';

test('a business drafts a job post, is warned about contact details, publishes, pauses and closes it', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(DEMO.clientOwner);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('link', { name: 'Job posts' }).click();
  await page.getByRole('link', { name: 'New job post' }).click();

  await page.getByLabel('Title').fill('Customer support for a candle shop');
  await page
    .getByLabel('Summary')
    .fill('We pour candles by hand and sell them online. Questions? Write to olga@northwind-candles.test.');
  await page.getByRole('textbox', { name: 'Task 1' }).fill('Answer support e-mails within one business day');
  await page.getByRole('combobox', { name: 'Skills the job needs' }).click();
  await page.getByRole('option', { name: 'Customer support (e-mail, chat)' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('From (per hour)').fill('12');
  await page.getByLabel('Up to (per hour)').fill('18');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Draft');
  await expect(page.getByText('The post contains contact details.')).toBeVisible();

  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this job post?' });
  await expect(dialog).toContainText('The post contains contact details.');
  await dialog.getByRole('button', { name: 'Publish anyway' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Open');
  await expect(page.getByText(/Open to VAs until/)).toBeVisible();

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Paused');
  await page.getByRole('button', { name: 'Close post' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close post' }).click();
  await expect(page.getByTestId('job-status')).toHaveText('Closed');
  await page.getByRole('link', { name: 'Job posts' }).click();
  await expect(page.getByRole('link', { name: 'Customer support for a candle shop' })).toBeVisible();
});
