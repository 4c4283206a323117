/**
 * The panel beside a list where the user chooses a person (or first creates his account): at
 * most one is open in the widget; opening it moves focus to its title, closing it gives focus
 * back to the button that opened it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { FieldError, Group } from '../domain/index.js';
import type { ChangeReport } from './change-report.js';
import type { FocusMover } from './focus.js';

/** What the user is doing beside the list: choosing a person, or creating his account first. */
export type Flow =
  | { kind: 'name-local-admin'; step: 'choose' | 'create'; serverErrors: readonly FieldError[] }
  | { kind: 'appoint-partner-admin' }
  | { kind: 'replace-responsable'; group: Group };

export type FlowOf<K extends Flow['kind']> = Extract<Flow, { kind: K }>;

/** The title of the open panel, which takes focus. */
export const FLOW_HEADING = '#flow-heading';

/** State the host renders, changed only by the user's actions: it asks the host to render, and has no part in its lifecycle. */
export class FlowPanels {
  private current: Flow | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly report: ChangeReport,
    private readonly focus: FocusMover,
  ) {}

  /** The open panel, when it is of this kind. */
  of<K extends Flow['kind']>(kind: K): FlowOf<K> | undefined {
    return this.current?.kind === kind ? (this.current as FlowOf<K>) : undefined;
  }

  set(flow: Flow | undefined): void {
    this.current = flow;
    this.host.requestUpdate();
  }

  async open(flow: Flow): Promise<void> {
    this.report.clearNotice();
    this.set(flow);
    await this.focus.focusOn(FLOW_HEADING);
  }

  /** The button that opens `flow`: opens it, or moves focus to it when it is already open. */
  async show(flow: Flow): Promise<void> {
    if (this.of(flow.kind)) await this.focus.focusOn(FLOW_HEADING);
    else await this.open(flow);
  }

  /** "Fermer": focus goes back to the button that opened the panel. */
  async close(invoker: string): Promise<void> {
    this.set(undefined);
    await this.focus.focusOn(invoker);
  }

  /** The user left what the panel was about (another tab, another convention): panel and notice go. */
  dismiss(): void {
    this.report.clearNotice();
    this.set(undefined);
  }
}
