import { type Browser, expect, type Page } from '@playwright/test';
import { DEMO } from './demo';

/** A fresh browser context signed in to one of the three apps as a demo account. */
export async function signIn(browser: Browser, app: '/' | '/freelancer/' | '/ops/', email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${app}sign-in`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The sign-in page has a heading too: wait until the app has moved on, so the session cookie is set.
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}
