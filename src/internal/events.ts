/**
 * The `habil-*` events of the kit, by type. Each element file adds its own events by
 * declaration merging, next to the code that fires them:
 *
 * ```ts
 * declare module '../../internal/events.js' {
 *   interface HabilEventMap {
 *     'habil-sort-change': CustomEvent<SortChangeDetail>;
 *   }
 * }
 * ```
 *
 * The global `HTMLElementEventMap` and `DocumentEventMap` extend this interface, so a host page
 * written in TypeScript gets `detail` typed in `el.addEventListener('habil-sort-change', (e) =>
 * e.detail.key)` and in a listener on `document`, where the widgets' events arrive (they bubble and
 * are composed; a part's events stay inside its widget).
 */
// Empty here on purpose: each element file adds its events to it (declaration merging).
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface HabilEventMap {}

/** The `detail` of the kit event `K`. */
export type HabilEventDetail<K extends keyof HabilEventMap> = HabilEventMap[K] extends CustomEvent<infer D> ? D : never;

// The DOM's own maps, with the kit's events merged in.
/* eslint-disable @typescript-eslint/no-empty-object-type */
declare global {
  interface HTMLElementEventMap extends HabilEventMap {}
  interface DocumentEventMap extends HabilEventMap {}
}
/* eslint-enable @typescript-eslint/no-empty-object-type */
