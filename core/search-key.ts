/** The search keys of both servers: the domain's `searchKey` (src/domain/text.ts), which the widgets use too. */
export { searchKey } from '../src/domain/text.js';
