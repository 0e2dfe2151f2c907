import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed operations from the committed API schema, never from a running server: one setup for every app. */
export function delegateCodegen(schema: string): CodegenConfig {
  return {
    schema,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
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
