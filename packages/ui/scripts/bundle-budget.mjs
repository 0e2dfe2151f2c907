#!/usr/bin/env node
/**
 * The JavaScript an app's first page downloads, gzip-compressed, against its budget: the entry with
 * everything it imports, plus the page's own chunks (read from Vite's manifest). Run in an app's
 * folder after `vite build`; exits 1 when a page is over budget. The message catalog the page
 * fetches is JSON, not JavaScript, and is shown beside it.
 *
 *   node ../../packages/ui/scripts/bundle-budget.mjs <page>@<budget kB>=<module>[+<module>…] …
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const pages = process.argv.slice(2);
const dist = join(process.cwd(), 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** The chunks a module needs before it runs: its own and, transitively, those it imports. */
function closure(key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`${key} is not in the build's manifest.`);
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, into);
  return into;
}

const catalog = Object.entries(manifest).find(([key]) => key.endsWith('i18n/messages/en.json'))?.[1]?.file;
const catalogKb = catalog ? gzipped(catalog) / 1024 : 0;
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
let over = false;
for (const page of pages) {
  const [label, modules] = page.split('=');
  const [name, budgetKb] = label.split('@');
  const files = closure(entry);
  for (const module of modules.split('+')) closure(module, files);
  const kb = [...files].reduce((total, file) => total + gzipped(file), 0) / 1024;
  const verdict = kb <= Number(budgetKb) ? 'within' : 'OVER';
  if (kb > Number(budgetKb)) over = true;
  console.log(
    `${name.padEnd(8)} ${kb.toFixed(1).padStart(6)} kB of JavaScript in ${files.size} files (${verdict} ${budgetKb} kB), ` +
      `+ ${catalogKb.toFixed(1)} kB of English messages (JSON)`,
  );
}
process.exit(over ? 1 : 0);
