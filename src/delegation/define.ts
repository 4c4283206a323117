import '../account-parts/define.js';
import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/confirm-dialog/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilDelegationHistory } from './change-history.js';
import { HabilDelegation } from './delegation.js';
import { HabilPersonPicker } from './person-picker.js';

export * from './delegation.js';
export * from './change-history.js';
export * from './person-picker.js';

defineElement('habil-person-picker', HabilPersonPicker);
defineElement('habil-delegation-history', HabilDelegationHistory);
defineElement('habil-delegation', HabilDelegation);

declare global {
  interface HTMLElementTagNameMap {
    'habil-delegation': HabilDelegation;
    'habil-person-picker': HabilPersonPicker;
    'habil-delegation-history': HabilDelegationHistory;
  }
}
