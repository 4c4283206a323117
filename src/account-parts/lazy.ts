/**
 * The account parts as the widgets load them: each part's module imported, and its tag
 * registered, the first time a widget shows it (a `LazyPart` of the widget), so that no widget
 * loads up front a form or a dialog its first screen does not show. `define.ts` registers them
 * all at once, for a page (or a test) that renders them itself.
 */
import { defineElement } from '../internal/define.js';

export async function loadAccountForm(): Promise<void> {
  defineElement('habil-account-form', (await import('./account-form.js')).HabilAccountForm);
}

export async function loadAccountDetails(): Promise<void> {
  defineElement('habil-account-details', (await import('./account-details.js')).HabilAccountDetails);
}

export async function loadRolePicker(): Promise<void> {
  defineElement('habil-role-picker', (await import('./role-picker.js')).HabilRolePicker);
}

export async function loadDeactivationDialog(): Promise<void> {
  defineElement('habil-deactivation-dialog', (await import('./deactivation-dialog.js')).HabilDeactivationDialog);
}
