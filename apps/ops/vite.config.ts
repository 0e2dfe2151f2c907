import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/ops/',
  plugins: [react()],
  server: { port: 5175, proxy: { '/graphql': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
