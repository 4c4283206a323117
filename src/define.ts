/** Registers every tag of the kit (the one import a page needs). */
import './provider/define.js';
import './ui/data-table/define.js';
import './ui/confirm-dialog/define.js';
import './ui/live-region/define.js';
import './ui/field/define.js';
import './ui/alert/define.js';
import './account-search/define.js';

export * from './index.js';
