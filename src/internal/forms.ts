/** What every form of the kit shares: the day its date rules are checked against, and Enter. */
import { isoDay } from '../domain/rules.js';

/** The server's day (`Me.today`), or the browser's day in Paris when the host gave none. */
export function serverDay(today: string): string {
  return today || isoDay(new Date());
}

/**
 * The moment the domain's date rules are checked against: noon of the server's day, so that
 * the browser's clock and time zone never decide whether a date is in the past (R6).
 */
export function dayToCheckAgainst(today: string): Date {
  return new Date(`${serverDay(today)}T12:00:00Z`);
}

/**
 * Enter in a `<habil-field>` submits the form around it, as it does in a native text field: the
 * field's own input sits in the field's shadow root, outside the form, so the browser does not.
 */
export function submitOnEnter(event: KeyboardEvent): void {
  const field = event.target as Element;
  if (event.key !== 'Enter' || event.isComposing || field.localName !== 'habil-field' || field.getAttribute('type') === 'textarea') return;
  const form = field.closest('form');
  if (!form) return;
  event.preventDefault();
  form.requestSubmit();
}
