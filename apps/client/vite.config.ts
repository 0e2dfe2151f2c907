import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  plugins: [react()],
  server: { port: 5173, proxy: { '/graphql': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
