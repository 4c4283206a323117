import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/live-region/define.js';
import { HabilMyAccess } from './my-access.js';

export * from './my-access.js';

defineElement('habil-my-access', HabilMyAccess);

declare global {
  interface HTMLElementTagNameMap {
    'habil-my-access': HabilMyAccess;
  }
}
