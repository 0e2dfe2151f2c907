import { expect, type Page, test } from '@playwright/test';
import { DEMO } from '../support/demo';
import { linkMailedTo } from '../support/dev-mailbox';

async function signInToOps(page: Page) {
  await page.goto('/ops/sign-in');
  await page.getByLabel('E-mail').fill(DEMO.opsAdmin);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

test('ops staff sign in to the console and see admin tools', async ({ page }) => {
  await signInToOps(page);
  await expect(page.getByRole('heading', { name: 'Welcome, Aylin Demir' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Audit log' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ops staff' })).toBeVisible();
});

test('a forgotten password is reset from the mailed link, which the delivery log never shows', async ({
  page,
  browser,
}) => {
  await page.goto('/freelancer/forgot-password');
  await page.getByLabel('E-mail').fill('joy.villanueva@va.delegate.test');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText('a link to reset its password is on its way');
  const link = await linkMailedTo('joy.villanueva@va.delegate.test', /reset-password\?token=/);

  const ops = await browser.newPage();
  await signInToOps(ops);
  await ops.getByRole('link', { name: 'Delivery log' }).click();
  await ops.getByLabel('Recipient').fill('joy.villanueva@va.delegate.test');
  await ops.getByRole('button', { name: /Reset your Delegate password/ }).click();
  const body = ops.getByTestId('outbox-list').locator('pre').first();
  await expect(body).toContainText('[link sent to the recipient only]');
  await expect(body).not.toContainText('token=');

  await page.goto(link);
  await page.getByRole('textbox', { name: 'New password', exact: true }).fill('a brand new password');
  await page.getByRole('button', { name: 'Set new password' }).click();
  await expect(page.getByRole('status')).toContainText('Your password is changed');
  await page.goto('/freelancer/sign-in');
  await page.getByLabel('E-mail').fill('joy.villanueva@va.delegate.test');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('a brand new password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Welcome, Joy Villanueva' })).toBeVisible();
});
