import { readFile } from 'node:fs/promises';
import { expect } from '@playwright/test';

/**
 * The link in the newest e-mail to an address, read from the development mailbox (the API's output,
 * which the global setup writes to a file), as a developer reads it in their terminal.
 */
export async function linkMailedTo(address: string, path: RegExp): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(
      async () => {
        const output = await readFile(process.env.E2E_API_OUTPUT ?? '', 'utf8');
        const emails = output.split('Development mailbox: e-mail to ').filter((block) => block.startsWith(address));
        const links = emails.at(-1)?.match(/https?:\/\/\S+/g) ?? [];
        link = links.find((candidate) => path.test(candidate));
        return link;
      },
      { timeout: 15_000 },
    )
    .toBeTruthy();
  return link ?? '';
}
