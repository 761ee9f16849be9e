// Builds the UI into dist/renderer/ for both transports (Electron app:// and `clearance serve`).
// No React plugin: esbuild's automatic JSX runtime is enough and keeps the toolchain small.
// The output must load under the desk's CSP (script-src 'self', no inline script, no eval).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // The polyfill is an inline script; Chromium (Electron and the test browser) needs none.
    modulePreload: { polyfill: false },
    target: 'chrome120',
    sourcemap: false,
    chunkSizeWarningLimit: 2500,
    assetsInlineLimit: 0,
    rollupOptions: {
      onwarn(warning, warn) {
        // antd marks its modules "use client" for React Server Components; meaningless here.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  server: { host: '127.0.0.1' },
});
