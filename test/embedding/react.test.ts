/** examples/react/app.tsx, bundled and run against the reference server (see support.ts). */
import { runFrameworkExample } from './support.js';

describe('embedding: React 19', () => {
  it('runs examples/react/app.tsx: client property, event listener, theme, ::part and language', async () => {
    await runFrameworkExample('react', (root) => (root as { unmount(): void }).unmount());
  });
});

