import { dirname, join } from 'node:path';
import { transformAsync } from '@babel/core';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';
import type { Plugin } from 'vite';

/**
 * Replaces every `graphql(\`…\`)` call with an import of the document codegen generated for it, as
 * the client preset recommends for production: the map of all documents in `gql/gql.ts` (every
 * query of every page, about 50 kB compressed) then stays out of the bundle, and each page carries
 * only its own documents. A file's documents are its own package's (`<package>/src/gql`).
 */
export function graphqlDocuments(): Plugin {
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
      return result?.code ? { code: result.code, map: result.map } : null;
    },
  };
}
