import { existsSync } from 'node:fs';
import { build } from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { findChromium } from './test/support/find-chromium.mjs';
import { summaryReporter } from './test/support/summary-reporter.mjs';

const executablePath = findChromium();
/** HABIL_CPU_THROTTLE=4: every page with Chromium's CPU slowed 4× (DevTools' throttling). */
const CPU_THROTTLE = Math.max(1, Number(process.env.HABIL_CPU_THROTTLE ?? 1));

/**
 * Serves /examples/<name>.bundle.js: the framework example examples/<name>/app.(tsx|ts), bundled
 * with esbuild on request (React 19 is CommonJS, so it must be bundled), for test/embedding.
 */
function exampleBundles() {
  const entries = { react: 'examples/react/app.tsx', vue: 'examples/vue/app.ts' };
  return {
    name: 'habil-example-bundles',
    async serve(context) {
      const match = /^\/examples\/(\w+)\.bundle\.js$/.exec(context.path);
      if (!match || !entries[match[1]]) return undefined;
      const result = await build({
        entryPoints: [entries[match[1]]],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        jsx: 'automatic',
        tsconfig: 'tsconfig.json',
        define: {
          'process.env.NODE_ENV': '"development"',
          __VUE_OPTIONS_API__: 'true',
          __VUE_PROD_DEVTOOLS__: 'false',
          __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
        },
        logLevel: 'silent',
      });
      return { body: result.outputFiles[0].text, type: 'js' };
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'development'] },
  rootDir: '.',
  concurrency: 2,
  // The cap of one test (they wait on conditions; this only bounds a hang), longer on a throttled CPU.
  testFramework: { config: { timeout: 30000 * CPU_THROTTLE } },
  // The tests' waits (test/support/wait.ts) stretch by the same factor. Every accessibility
  // check asks a second engine (test/a11y/two-engines.ts), loaded before the tests.
  testRunnerHtml: (testFramework) =>
    `<html><body><script>globalThis.HABIL_CPU_THROTTLE = ${CPU_THROTTLE};</script><script type="module" src="/test/a11y/two-engines.ts"></script><script type="module" src="${testFramework}"></script></body></html>`,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  plugins: [exampleBundles(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  middleware: [
    // The MSW worker must be served from the root to intercept every request of the page.
    function serveMockServiceWorker(context, next) {
      if (context.url === '/mockServiceWorker.js') context.url = '/public/mockServiceWorker.js';
      return next();
    },
    // A module worker is started from `new URL('./export-worker.js', import.meta.url)`, the name it
    // has in dist/; in the sources it is export-worker.ts (bundlers resolve it the same way).
    function serveWorkersFromTypeScript(context, next) {
      if (/^\/src\/.+\.js$/.test(context.path) && !existsSync(`.${context.path}`) && existsSync(`.${context.path.slice(0, -3)}.ts`)) {
        context.url = context.url.replace(/\.js(?=\?|$)/, '.ts');
      }
      return next();
    },
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
        ],
      },
      // The suite must hold on a slow or busy machine, since it waits on conditions only.
      createPage: async ({ context }) => {
        const page = await context.newPage();
        if (CPU_THROTTLE > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
        return page;
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter()],
};
