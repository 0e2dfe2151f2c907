import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// The shared package's build plugin, by path: the config loads before any TypeScript package is compiled.
import { graphqlDocuments } from '../../packages/ui/vite/graphql-documents';
import { precompiledMessages } from '../../packages/ui/vite/precompiled-messages';

export default defineConfig({
  base: '/ops/',
  plugins: [graphqlDocuments(), precompiledMessages(), react()],
  // Read by the bundle budget (`npm run test:size`).
  build: { manifest: true },
  server: { port: 5175, proxy: { '/graphql': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
