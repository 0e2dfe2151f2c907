import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Ships the message catalogs already parsed, as formatjs recommends for production: each built
 * `i18n/messages/<locale>.json` holds the messages' syntax trees instead of their ICU text, and the
 * ICU parser (about 15 kB compressed, on every first page) is replaced by its parse-free build.
 * The catalogs grow by about 2 kB compressed, and no message is parsed in the browser any more.
 * Development and unit tests keep the text catalogs and the parser.
 */
export function precompiledMessages(): Plugin {
  // The parser react-intl itself resolves, so the trees have the shape its formatter reads.
  const reactIntl = createRequire(createRequire(import.meta.url).resolve('react-intl'));
  const messageformat = createRequire(reactIntl.resolve('intl-messageformat'));
  const parserEntry = messageformat.resolve('@formatjs/icu-messageformat-parser');
  const { parse } = messageformat(parserEntry) as { parse: (message: string) => unknown };
  return {
    name: 'delegate:precompiled-messages',
    apply: 'build',
    config: () => ({
      resolve: {
        alias: [
          { find: /^@formatjs\/icu-messageformat-parser$/, replacement: join(dirname(parserEntry), 'no-parser.js') },
        ],
      },
    }),
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !output.originalFileNames.some(isCatalog)) continue;
        const messages = JSON.parse(String(output.source)) as Record<string, string>;
        output.source = JSON.stringify(
          Object.fromEntries(Object.entries(messages).map(([id, message]) => [id, parse(message)])),
        );
      }
    },
  };
}

const isCatalog = (file: string) => /i18n\/messages\/[a-z]{2}\.json$/.test(file);
