import { defineElement } from '../internal/define.js';
import { HabilProvider } from './habil-provider.js';

export * from './habil-provider.js';

defineElement('habil-provider', HabilProvider);

declare global {
  interface HTMLElementTagNameMap {
    'habil-provider': HabilProvider;
  }
}
