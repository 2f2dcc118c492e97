import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Main and preload are bundled with the shared/ code they import; npm dependencies of main stay
// external (better-sqlite3 is a native addon). The preload is CommonJS: sandboxed preloads cannot
// load ES modules. The Word parse worker is an entry of its own, emitted beside index.js
// (electron/main/services/docxImport/isolatedParse.ts loads it from there).
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          docxParseWorker: resolve(__dirname, 'electron/main/services/docxImport/parseWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      minify: true,
      // No inline scripts or styles: the CSP forbids them.
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
