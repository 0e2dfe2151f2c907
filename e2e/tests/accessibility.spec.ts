import { type Browser, expect, type Page, test } from '@playwright/test';
import { seriousViolations } from '../support/axe';
import { DEMO } from '../support/demo';
import { signIn } from '../support/sign-in';

/**
 * Every page of every app, as the demo account that uses it, checked with axe-core against the
 * WCAG 2.1 A and AA rules: no serious or critical violation anywhere. A page behind an id is reached
 * through the first link its list shows, as a user would.
 */
type AppBase = '/' | '/freelancer/' | '/ops/';
interface AppPages {
  base: AppBase;
  account: string | null;
  /** Paths under the app's base; `{link:list:pattern}` follows the first matching link on `list`. */
  pages: string[];
}

const SIGNED_OUT: AppPages[] = [
  { base: '/', account: null, pages: ['sign-in', 'sign-up', 'forgot-password', 'reset-password?token=expired'] },
  { base: '/freelancer/', account: null, pages: ['sign-in', 'sign-up', 'forgot-password'] },
  { base: '/ops/', account: null, pages: ['sign-in', 'forgot-password'] },
];

const SIGNED_IN: AppPages[] = [
  {
    base: '/',
    account: DEMO.clientOwner,
    pages: [
      '',
      'jobs',
      'jobs/new',
      '{link:jobs:/jobs/[0-9a-f-]{36}$}',
      '{link:jobs:/jobs/[0-9a-f-]{36}/candidates$}',
      'talent',
      'contracts',
      '{link:contracts:/contracts/[0-9a-f-]{36}$}',
      '{link:contracts:/vas/[0-9a-f-]{36}\\?currency=[A-Z]{3}&job=[0-9a-f-]{36}$}',
      'approvals',
      'team',
      'reputation',
      'settings',
      'no-such-page',
    ],
  },
  {
    base: '/freelancer/',
    account: DEMO.freelancer,
    pages: [
      '',
      'jobs',
      '{link:jobs:/jobs/[0-9a-f-]{36}$}',
      'proposals',
      'contracts',
      '{link:contracts:/contracts/[0-9a-f-]{36}$}',
      'payouts',
      'profile',
      'application',
      'reputation',
      'settings',
    ],
  },
  {
    base: '/ops/',
    account: DEMO.opsAdmin,
    pages: [
      '',
      'vetting',
      '{link:vetting:/vetting/[0-9a-f-]{36}$}',
      'funnel',
      'time-to-candidates',
      'tests',
      'tests/new',
      '{link:tests:/tests/[0-9a-f-]{36}$}',
      'disputes',
      '{link:disputes:/disputes/[0-9a-f-]{36}$}',
      'reviews',
      'approvals',
      'ledger',
      'reconciliation',
      'outbox',
      'audit',
      'staff',
      'reputation',
      'settings',
    ],
  },
];

/** Opens a page and waits until it has rendered its data (no loader left). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.mantine-Loader-root')).toHaveCount(0);
}

/** The path of the first link on `list` whose path matches `pattern`. */
async function firstLink(page: Page, base: AppBase, list: string, pattern: RegExp): Promise<string> {
  await open(page, `${base}${list}`);
  const hrefs = await page
    .locator('a[href]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => pattern.test(candidate));
  expect(href, `a link matching ${pattern} on ${base}${list}`).toBeTruthy();
  return href as string;
}

async function check(browser: Browser, app: AppPages): Promise<void> {
  const page = app.account
    ? await signIn(browser, app.base, app.account)
    : await (await browser.newContext()).newPage();
  const found: string[] = [];
  for (const path of app.pages) {
    const link = /^\{link:([^:]+):(.+)\}$/.exec(path);
    const url = link
      ? await firstLink(page, app.base, link[1] as string, new RegExp(link[2] as string))
      : `${app.base}${path}`;
    await open(page, url);
    found.push(...(await seriousViolations(page)).map((line) => `${url}: ${line}`));
  }
  expect(found, found.join('\n')).toEqual([]);
  await page.context().close();
}

test.describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const app of [...SIGNED_OUT, ...SIGNED_IN]) {
    test(`${app.base} ${app.account ? `signed in as ${app.account}` : 'signed out'}`, async ({ browser }) => {
      await check(browser, app);
    });
  }
});
