import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const DEPENDENCIES = Object.keys((JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }).dependencies);

/**
 * The package's entries (package.json `exports`): the kit's classes and client with no side
 * effect, all the tags, one entry per widget that registers that widget (and the parts it
 * renders) only, and the contract with its schemas for servers and tests. The export worker of
 * <habil-entitlements-report> is a module of its own too (see keepWorkerUrls).
 */
const WIDGET_ENTRIES = ['account-search', 'pending-requests', 'user-groups', 'delegation', 'my-access', 'my-profile', 'signup', 'entitlements-report', 'provider'];
const LIBRARY_ENTRIES: Record<string, string> = Object.fromEntries(
  ['index', 'define', 'contract/routes', 'entitlements-report/export-worker', ...WIDGET_ENTRIES.map((name) => `${name}/define`)].map((entry) => [entry, resolve(import.meta.dirname, `src/${entry}.ts`)]),
);

/**
 * The library keeps `new Worker(new URL('./export-worker.js', import.meta.url), { type: 'module' })`
 * (src/entitlements-report/file-builder.ts) as written, with the worker a module of dist/ whose
 * dependencies stay external: the site's bundler builds the worker into a file of the site.
 * (Vite would otherwise bundle the worker into dist/ with jsPDF and write-excel-file.)
 */
function keepWorkerUrls(): Plugin {
  return {
    name: 'habil:keep-worker-urls',
    configResolved(config) {
      const plugins = config.plugins as Plugin[];
      for (const name of ['vite:worker-import-meta-url', 'vite:asset-import-meta-url']) {
        const index = plugins.findIndex((plugin) => plugin.name === name);
        if (index >= 0) plugins.splice(index, 1);
      }
    },
  };
}

/**
 * `npm start` (scripts/start.mjs) serves the demo portal (demo/) and sends its /api to
 * habil-server (HABIL_API_TARGET); `npm run start:reference` serves it with the reference
 * server in the page instead; `npm run build:demo` builds that static demo (dist-demo/),
 * `npm run build:demo:server` the portal habil-server serves (dist-demo-server/, HABIL_STATIC_DIR), and
 * `npm run build` builds the library (dist/) with its dependencies left to the host's bundler.
 */
export default defineConfig(({ command, mode }) => {
  if (command === 'serve' || mode === 'demo' || mode === 'demo-server') {
    const target = process.env.HABIL_API_TARGET;
    const onServer = mode === 'demo-server' || Boolean(target && command === 'serve');
    return {
      root: 'demo',
      // The static demo carries MSW's worker for its reference server; the one habil-server serves needs none.
      publicDir: mode === 'demo-server' ? false : resolve(import.meta.dirname, 'public'),
      define: { 'import.meta.env.HABIL_BACKEND': JSON.stringify(onServer ? 'server' : 'reference') },
      server: { port: 5173, fs: { allow: [import.meta.dirname] }, ...(target ? { proxy: { '/api': { target, changeOrigin: false } } } : {}) },
      build: { outDir: resolve(import.meta.dirname, mode === 'demo-server' ? 'dist-demo-server' : 'dist-demo'), emptyOutDir: true, target: 'es2022' },
    };
  }
  return {
    publicDir: false,
    plugins: [keepWorkerUrls()],
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
      lib: { entry: LIBRARY_ENTRIES, formats: ['es'] },
      rollupOptions: {
        // Every dependency stays the host's: its bundler resolves it once, and a fix in one is
        // an update of that package, not a release of habil.
        external: (id: string) => DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`)),
        // One file per source module, as in src/: a site's bundler then keeps what it imports and
        // nothing else, and only the define modules run code on import (package.json sideEffects).
        output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
      },
    },
  };
});
