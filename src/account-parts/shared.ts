/** Small pieces the parts of `<habil-account-search>` share. */
import { html, nothing } from 'lit';

export { requiredMark } from '../internal/form-parts.js';

/**
 * An error under a control, drawn like `<habil-field>`'s, with the id the control points at
 * with `aria-describedby`. Nothing when there is no error, so that the id disappears with it.
 */
export function errorText(id: string, message: string | undefined) {
  if (!message) return nothing;
  return html`<p id=${id} class="error" part="error">
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path fill="currentColor" d="M8 1l7 13H1zm-.8 4.5v4h1.6v-4zm0 5.5v1.6h1.6V11z"></path>
    </svg>
    <span>${message}</span>
  </p>`;
}
