import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `npm start` (scripts/start.mjs) serves the demo portal (demo/) and sends its /api to
 * habil-server (HABIL_API_TARGET); `npm run start:reference` serves it with the reference
 * server in the page instead; `npm run build:demo` builds that static demo (dist-demo/), and
 * `npm run build` builds the library (dist/) with its dependencies left to the host's bundler.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo') {
    const target = process.env.HABIL_API_TARGET;
    return {
      root: 'demo',
      publicDir: resolve(import.meta.dirname, 'public'),
      define: { 'import.meta.env.HABIL_BACKEND': JSON.stringify(target && command === 'serve' ? 'server' : 'reference') },
      server: { port: 5173, fs: { allow: [import.meta.dirname] }, ...(target ? { proxy: { '/api': { target, changeOrigin: false } } } : {}) },
      build: { outDir: resolve(import.meta.dirname, 'dist-demo'), emptyOutDir: true, target: 'es2022' },
    };
  }
  return {
    publicDir: false,
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: {
        entry: { habil: resolve(import.meta.dirname, 'src/index.ts'), define: resolve(import.meta.dirname, 'src/define.ts') },
        formats: ['es'],
      },
      rollupOptions: {
        external: [/^lit($|\/)/, /^@lit\//, /^ky$/, /^@sinclair\/typebox($|\/)/],
      },
    },
  };
});
