/** examples/vue/app.ts, bundled and run against the reference server (see support.ts). */
import { runFrameworkExample } from './support.js';

describe('embedding: Vue 3', () => {
  it('runs examples/vue/app.ts: client property, event listener, theme, ::part and language', async () => {
    await runFrameworkExample('vue', (app) => (app as { unmount(): void }).unmount());
  });
});

