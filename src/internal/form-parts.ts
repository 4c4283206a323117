/**
 * What the kit's forms draw the same way: the star of a required control, and the list of what
 * is wrong above a form (RGAA 11.10, WCAG 3.3.1): each field with its error, as a link that takes
 * the user to the field; an error of no field shown (the server's, about something the form does
 * not ask) as plain text. The account form and the sign-up form draw it.
 */
import { css, html, nothing } from 'lit';

/**
 * The "*" of a required control, hidden from screen readers, which hear `spoken` («
 * (obligatoire) ») instead: put it in the control's label or legend, so that its accessible name
 * is « Nom (obligatoire) », the star left out.
 */
export function requiredMark(spoken: string) {
  return html`<span class="required" aria-hidden="true">*</span><span class="visually-hidden"> ${spoken}</span>`;
}

export interface ErrorSummaryItem {
  /** The field's name, when the form shows it: the item then leads to it. */
  field?: string | undefined;
  /** « Nom : Ce champ est obligatoire. », or only the error for an error of no field. */
  text: string;
}

/** The list of errors, each a link to its field when it has one. */
export function renderErrorLinks(items: readonly ErrorSummaryItem[], goTo: (field: string) => void) {
  return html`<ul class="error-links">
    ${items.map(({ field, text }) =>
      field
        ? html`<li>
            <button type="button" class="link" @click=${() => goTo(field)}>${text}</button>
          </li>`
        : html`<li>${text}</li>`,
    )}
  </ul>`;
}

/** The box above a form: its heading and the list, focusable so that a form can lead there. */
export function renderErrorSummary(heading: string, items: readonly ErrorSummaryItem[], goTo: (field: string) => void) {
  if (items.length === 0) return nothing;
  return html`<div class="summary" part="summary" tabindex="-1">
    <p class="summary-heading">${heading}</p>
    ${renderErrorLinks(items, goTo)}
  </div>`;
}

export const errorSummaryStyles = css`
  .summary {
    margin: 0 0 var(--_habil-space-l);
    padding: var(--_habil-space-m);
    border: 1px solid var(--_habil-danger);
    border-inline-start-width: 4px;
    border-radius: var(--_habil-radius);
    background: color-mix(in srgb, var(--_habil-danger) 8%, var(--_habil-surface));
  }

  .summary-heading {
    margin: 0 0 var(--_habil-space-xs);
    font-weight: 700;
  }

  .error-links {
    margin: 0;
    padding-inline-start: var(--_habil-space-l);
  }

  /* Aligned on its first line, so that the bullet of the list stays beside it when it wraps. */
  .error-links .link {
    vertical-align: top;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_habil-accent);
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
`;
