import { defineElement } from '../../internal/define.js';
import { HabilField } from './field.js';

export * from './field.js';

defineElement('habil-field', HabilField);

declare global {
  interface HTMLElementTagNameMap {
    'habil-field': HabilField;
  }
}
