import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

/** The Parley server that `pnpm dev` talks to: HTTP API, health check and the y-websocket endpoint. */
const serverUrl = `http://127.0.0.1:${process.env.PARLEY_SERVER_PORT ?? 1234}`;

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    // `source` lets workspace packages (`@parley/shared`) be consumed from their TypeScript source.
    conditions: ['source', ...defaultClientConditions],
    // One Yjs instance only: two copies break `instanceof` checks and corrupt documents.
    dedupe: ['yjs', 'y-protocols', '@tiptap/y-tiptap'],
  },
  server: {
    proxy: {
      '/api': { target: serverUrl },
      '/healthz': { target: serverUrl },
      '/sync': { target: serverUrl, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The room's chunk (TipTap, ProseMirror, Yjs: ~170 kB gzipped) is loaded lazily, only in a room.
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      treeshake: {
        // `@parley/shared` is side-effect free (schemas, accessors, constants), but its package.json
        // does not say so; without this, its barrel drags Yjs into the landing page's chunk.
        moduleSideEffects: [{ test: /[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
