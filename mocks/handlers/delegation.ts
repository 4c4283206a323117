import type { ServerState } from '../http.js';

export function delegationHandlers(_state: ServerState) {
  return [];
}
