import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

/**
 * Replaces every `graphql(\`…\`)` call with an import of the document codegen generated for it, as
 * the client preset recommends for production: the map of all documents in `gql/gql.ts` (every
 * query of every page, about 50 kB compressed) then stays out of the bundle. A file's documents are
 * its own package's (`<package>/src/gql`).
 *
 * Each document is then a module of its own (`DOCUMENT` below), cut out of `gql/graphql.ts`: a
 * module is never split between chunks, so importing them from that one file put every document any
 * page uses in one chunk shared by all, downloaded before the first page showed.
 */
export function graphqlDocuments(): Plugin {
  // Each generated file's documents by name, read once per build (again when it changes in watch mode).
  const generated = new Map<string, Map<string, string>>();
  const documentsOf = (file: string) => {
    let documents = generated.get(file);
    if (!documents) {
      // Codegen writes each document on one line: `export const X = {…} as unknown as DocumentNode<…>;`
      documents = new Map(
        [...readFileSync(file, 'utf8').matchAll(/^export const (\w+) = (.*) as unknown as DocumentNode<.*>;$/gm)].map(
          ([, name, document]) => [name as string, document as string],
        ),
      );
      generated.set(file, documents);
    }
    return documents;
  };
  return {
    name: 'delegate:graphql-documents',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.includes('/src/gql/') || !code.includes('graphql(`')) return null;
      const sourceRoot = id.slice(0, id.lastIndexOf('/src/') + '/src'.length);
      const result = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        sourceMaps: true,
        parserOpts: { plugins: ['typescript', 'jsx'] },
        plugins: [[babelOptimizerPlugin, { artifactDirectory: join(sourceRoot, 'gql'), gqlTagName: 'graphql' }]],
        cwd: dirname(id),
      });
      if (!result?.code) return null;
      const withModules = result.code.replace(
        /import \{ (\w+) \} from "([^"]*\/gql\/graphql)";/g,
        (_import, name: string, from: string) =>
          `import { ${name} } from "${DOCUMENT}${resolve(dirname(id), `${from}.ts`)}#${name}";`,
      );
      return { code: withModules, map: result.map };
    },
    resolveId(source) {
      return source.startsWith(DOCUMENT) ? `\0${source}` : null;
    },
    load(id) {
      if (!id.startsWith(`\0${DOCUMENT}`)) return null;
      const [file, name] = id.slice(DOCUMENT.length + 1).split('#') as [string, string];
      this.addWatchFile(file);
      const document = documentsOf(file).get(name);
      if (!document) throw new Error(`${file} has no document ${name}.`);
      return `export const ${name} = ${document};`;
    },
    watchChange(file) {
      generated.delete(file);
    },
  };
}

const DOCUMENT = 'graphql-document:';
