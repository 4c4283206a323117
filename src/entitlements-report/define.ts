import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import '../ui/data-table/define.js';
import '../ui/field/define.js';
import '../ui/live-region/define.js';
import { HabilEntitlementsReport } from './entitlements-report.js';

export * from './entitlements-report.js';

defineElement('habil-entitlements-report', HabilEntitlementsReport);

declare global {
  interface HTMLElementTagNameMap {
    'habil-entitlements-report': HabilEntitlementsReport;
  }
}
