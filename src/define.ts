/** Registers every tag of the kit (the one import a page needs). */
import './provider/define.js';
import './ui/data-table/define.js';
import './ui/confirm-dialog/define.js';
import './ui/live-region/define.js';
import './ui/field/define.js';
import './ui/alert/define.js';
import './account-search/define.js';
import './pending-requests/define.js';
import './user-groups/define.js';
import './delegation/define.js';
import './my-access/define.js';
import './my-profile/define.js';
import './signup/define.js';
import './entitlements-report/define.js';

export * from './index.js';
