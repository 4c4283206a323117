import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilSignup } from './signup.js';

export * from './signup.js';

defineElement('habil-signup', HabilSignup);

declare global {
  interface HTMLElementTagNameMap {
    'habil-signup': HabilSignup;
  }
}
