import { expect, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

// Dialogs load beside the first page; one asked for at once after a page loads must still open.
test('a confirmation opens even when asked for the moment a page has loaded', async ({ browser }) => {
  const page = await signIn(browser, '/', DEMO.clientOwner);
  await page.getByRole('link', { name: 'Account settings' }).click();
  await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: 'Sign out on all devices' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign out on all devices' });
  await expect(dialog).toContainText('Sign out on every device, including this one?');
  // Its close button is named for screen readers, like every dialog's.
  await expect(dialog.getByRole('button', { name: 'Dismiss' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Account settings' })).toBeVisible();
});
