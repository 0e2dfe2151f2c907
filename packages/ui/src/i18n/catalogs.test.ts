import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import en from './messages/en.json';
import fi from './messages/fi.json';
import it_ from './messages/it.json';
import tr from './messages/tr.json';

const catalogs = { en, tr, it: it_, fi } as Record<string, Record<string, string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'gql' || name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

describe('message catalogs', () => {
  it.each(Object.keys(catalogs))('%s has exactly the English keys', (locale) => {
    expect(Object.keys(catalogs[locale] ?? {}).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(catalogs))('%s messages are valid ICU with the same placeholders as English', (locale) => {
    const placeholders = (message: string) =>
      parse(message)
        .flatMap((element) => ('value' in element && element.type !== 0 ? [String(element.value)] : []))
        .sort();
    for (const [id, message] of Object.entries(catalogs[locale] ?? {})) {
      expect(() => parse(message), `${locale} ${id}`).not.toThrow();
      expect(placeholders(message), `${locale} ${id}`).toEqual(placeholders(en[id as keyof typeof en]));
    }
  });

  it('has every message id that the apps ask for by literal', () => {
    const roots = [
      '..',
      '../../../../apps/client/src',
      '../../../../apps/freelancer/src',
      '../../../../apps/ops/src',
    ].map((dir) => join(import.meta.dirname, dir));
    const missing = roots
      .flatMap(sourceFiles)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bid: '([a-zA-Z][\w.]+)'/g)].map((match) => match[1]))
      .filter((id): id is string => Boolean(id) && !((id as string) in en));
    expect(missing).toEqual([]);
  });
});
