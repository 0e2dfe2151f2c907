import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/freelancer/',
  plugins: [react()],
  server: { port: 5174, proxy: { '/graphql': 'http://localhost:3000', '/files': 'http://localhost:3000' } },
});
