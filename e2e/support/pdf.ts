import { readFile } from 'node:fs/promises';
import { type Download, expect, type Locator, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';

/** The text of a downloaded PDF, with the no-break spaces of number formats made plain. */
export async function pdfText(download: Download): Promise<string> {
  const bytes = await readFile(await download.path());
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * The text of an invoice or statement listed on the page: documents are issued in the background,
 * so the page is reloaded until its row shows, then its PDF is downloaded and read. Call it once the
 * page has arrived (pages load when first visited; a reload before that reloads the page before).
 */
export async function documentText(page: Page, row: Locator): Promise<string> {
  await expect(async () => {
    await page.reload();
    await expect(row).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('link').click()]);
  return pdfText(download);
}
