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
 * e.detail.key)` and in a listener on `document`, where the kit's events arrive (they bubble and
 * are composed).
 */
export interface HabilEventMap {}

/** The `detail` of the kit event `K`. */
export type HabilEventDetail<K extends keyof HabilEventMap> = HabilEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  interface HTMLElementEventMap extends HabilEventMap {}
  interface DocumentEventMap extends HabilEventMap {}
}
