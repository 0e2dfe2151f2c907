import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations from the committed API schema, never from a running server: one setup for every app.
 * Every app also reads the shared package's documents, so its queries spread the fragments that live
 * next to the shared components rendering them (`...MatchFactsFields`).
 */
export function delegateCodegen(schema: string, shared: string | null = '../../packages/ui/src'): CodegenConfig {
  return {
    schema,
    documents: [
      'src/**/*.{ts,tsx}',
      '!src/gql/**',
      ...(shared ? [`${shared}/**/*.{ts,tsx}`, `!${shared}/gql/**`, `!${shared}/**/*.test.{ts,tsx}`] : []),
    ],
    ignoreNoDocuments: true,
    generates: {
      'src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          useTypeImports: true,
          enumsAsTypes: true,
          scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        },
      },
    },
  };
}
