import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm run dev` expects the API server (started by scripts/dev.ts). */
const apiTarget = process.env.REBOUND_API_URL ?? 'http://127.0.0.1:4177';

export default defineConfig({
  root: 'src/web',
  publicDir: 'public',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    // The app shell's chunk is measured by the bench against the 250 KB gzipped budget.
    chunkSizeWarningLimit: 800,
  },
  server: {
    port: 5173,
    strictPort: false,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
