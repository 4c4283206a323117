import type { ServerState } from '../http.js';

export function groupHandlers(_state: ServerState) {
  return [];
}
