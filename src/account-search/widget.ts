/**
 * What the pieces of `<habil-account-search>` (its controllers and render modules) need of the
 * element: its client, its words, its events and the dialogs it renders. The element builds it
 * once; the pieces never reach into the element otherwise.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { HabilEventDetail, HabilEventMap } from '../internal/events.js';
import type { LazyPart } from '../internal/lazy-part.js';
import type { LocalizeController } from '../internal/localize.js';
import type { HabilConfirmDialog } from '../ui/confirm-dialog/confirm-dialog.js';
import type { HabilDeactivationDialog } from '../account-parts/deactivation-dialog.js';
import type { HabilRolePicker } from '../account-parts/role-picker.js';
import type { accountSearchMessages } from './messages.js';

export type AccountSearchWords = LocalizeController<(typeof accountSearchMessages)['fr']>;

export interface AccountSearchWidget {
  /** The element: its updates, its controllers, its focus. */
  readonly host: ReactiveControllerHost & HTMLElement;
  /** Its shadow root, where the pieces find the nodes they render. */
  root(): ParentNode;
  api(): HabilClient;
  readonly t: AccountSearchWords;
  emit<K extends keyof HabilEventMap>(type: K, detail: HabilEventDetail<K>): void;
  /** The confirmation, in the page once the actions' or the bulk actions' code (which registers it) is there. */
  confirmDialog(): Promise<HabilConfirmDialog>;
  /**
   * The parts the first screen does not show are loaded the first time they are asked for (see
   * LazyPart): these resolve once the part is there, or with undefined (false) when it could not
   * be loaded, the widget having said so.
   */
  rolePicker(): Promise<HabilRolePicker | undefined>;
  deactivationDialog(): Promise<HabilDeactivationDialog | undefined>;
  /** Loads a part; false when it could not be loaded, the action's alert having said so (the action can be asked again). */
  ready(part: LazyPart): Promise<boolean>;
  /** The element `selector` that the page renders once `part` is loaded. */
  partElement<E extends Element>(part: LazyPart, selector: string): Promise<E | undefined>;
}
