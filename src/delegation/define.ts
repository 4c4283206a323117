import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/data-table/define.js';
import '../ui/live-region/define.js';
import type { HabilDelegationHistory } from './change-history.js';
import { HabilDelegation } from './delegation.js';
import type { HabilPersonPicker } from './person-picker.js';

export * from './delegation.js';
// The widget registers its parts as it first shows them (the person picker, the account form, the histories, the
// confirmation dialog, the fields of the other sections): loaded on demand.
export type * from './change-history.js';
export type * from './person-picker.js';

defineElement('habil-delegation', HabilDelegation);

declare global {
  interface HTMLElementTagNameMap {
    'habil-delegation': HabilDelegation;
    'habil-person-picker': HabilPersonPicker;
    'habil-delegation-history': HabilDelegationHistory;
  }
}
