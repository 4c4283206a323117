import { defineElement } from '../../internal/define.js';
import { HabilAlert } from './alert.js';

export * from './alert.js';

defineElement('habil-alert', HabilAlert);

declare global {
  interface HTMLElementTagNameMap {
    'habil-alert': HabilAlert;
  }
}
