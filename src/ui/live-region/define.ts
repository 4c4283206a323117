import { defineElement } from '../../internal/define.js';
import { HabilLiveRegion } from './live-region.js';

export * from './live-region.js';

defineElement('habil-live-region', HabilLiveRegion);

declare global {
  interface HTMLElementTagNameMap {
    'habil-live-region': HabilLiveRegion;
  }
}
