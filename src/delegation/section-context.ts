/**
 * What `<habil-delegation>` hands to the controller of each of its sections: the host and its
 * public properties, its client and its words, who is connected (read once, by the host), and
 * the pieces every section uses to speak and to move focus. (The parts that write bring their own
 * write controller: confirmed-write.ts.)
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Me } from '../domain/index.js';
import type { HabilEventDetail, HabilEventMap } from '../internal/events.js';
import type { ConfirmOptions } from '../ui/confirm-dialog/confirm-dialog.js';
import type { ChangeReport } from './change-report.js';
import type { FlowPanels } from './flow.js';
import type { FocusMover } from './focus.js';
import type { DelegationText } from './messages.js';
import type { HabilPersonPicker } from './person-picker.js';
import type { SectionsController } from './sections.js';

/** The host's public properties a section reads, and updates on the user's choice. */
export interface DelegationProperties {
  conventionId: string;
  organismeId: string;
}

export interface DelegationContext {
  readonly host: ReactiveControllerHost & Element & DelegationProperties;
  readonly t: DelegationText;
  readonly report: ChangeReport;
  readonly flows: FlowPanels;
  readonly focus: FocusMover;
  readonly sections: SectionsController;
  /** The client the host calls the server with. */
  api(): HabilClient;
  /** Who is connected (the host's one `GET /me`), once the server said it. */
  me(): Me | undefined;
  /** Reads who is connected again: an action may have changed what he may do. Resolves once it is read. */
  reloadMe(): Promise<void>;
  /** Asks the user to confirm, in the host's dialog. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** The person picker of the open panel. */
  picker(): HabilPersonPicker | null | undefined;
  /** Fires one of the host's documented events. */
  emit<K extends keyof HabilEventMap>(type: K, detail: HabilEventDetail<K>): void;
}
