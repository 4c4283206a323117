import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * `npm start` serves the demo portal (demo/) with the reference server in the page;
 * `npm run build` builds the library (dist/) with its dependencies left to the host's bundler.
 */
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: 'demo',
        publicDir: resolve(import.meta.dirname, 'public'),
        server: { port: 5173, fs: { allow: [import.meta.dirname] } },
      }
    : {
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
      },
);
