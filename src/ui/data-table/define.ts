import { defineElement } from '../../internal/define.js';
import { HabilDataTable } from './data-table.js';

export * from './data-table.js';

defineElement('habil-data-table', HabilDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'habil-data-table': HabilDataTable;
  }
}
