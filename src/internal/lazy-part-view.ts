/**
 * Where a {@link LazyPart} shows as soon as its screen is open. Apart from lazy-part.ts so that
 * code that loads a part without rendering it (`<habil-provider>`'s client) loads no template.
 */
import { html } from 'lit';
import type { LazyPart } from './lazy-part.js';

/**
 * The part once loaded; until then it is loaded and `waiting` shows (the host's loading state),
 * or, when it failed, the alert that says so, with « Réessayer ».
 */
export function renderPart<M>(part: LazyPart<M>, ready: (module: M) => unknown, waiting: () => unknown): unknown {
  if (part.loaded) return ready(part.module as M);
  if (part.failed) return html`<habil-alert class="filled" .error=${part.error} retryable @habil-retry=${() => void part.load()}></habil-alert>`;
  void part.load();
  return waiting();
}
