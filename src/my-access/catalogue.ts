/**
 * The catalogue of `<habil-my-access>` (user's guide §2 « Demander de nouvelles habilitations »,
 * FAQ; R3, R4): which applications are open to me and which are locked, which of them the user
 * opened (the guide's « croix »), and the request of a role — confirmed first, naming who will
 * decide (the local administrator or UCANSS) — with what the page says after it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { AccessRequest, Application, Role } from '../domain/index.js';
import { tacitDeadline } from '../domain/index.js';
import type { Notice } from '../internal/notice.js';
import type { WriteController } from '../internal/writes.js';
import type { ConfirmOptions } from '../ui/confirm-dialog/confirm-dialog.js';
import type { CatalogueText } from './catalogue.messages.js';

/** Where an application stands for me, as the catalogue marks it (never by colour alone). */
export type ApplicationAccess = 'held' | 'libre' | 'pending' | 'local' | 'central' | 'procedure' | 'convention';

/** What the catalogue reads of the page's data. */
export interface CatalogueData {
  applications: readonly Application[];
  /** The roles I hold. */
  held: ReadonlySet<string>;
  /** My pending requests, by role. */
  pending: ReadonlyMap<string, AccessRequest>;
  /** `Me.actions` has `request-access`. */
  mayRequest: boolean;
  /** The server's day: the deadline of a request sent today (R4). */
  today: string;
}

export interface CatalogueContext {
  host: ReactiveControllerHost;
  t: CatalogueText;
  writes: WriteController;
  api(): HabilClient;
  /** Asks the user to confirm, in the host's dialog. */
  confirm(options: ConfirmOptions): Promise<boolean>;
  /** Says it in the host's live region. */
  announce(text: string): void;
  /** Reads the page's data again (the request is news for the history and the catalogue). */
  reload(): Promise<void>;
  /** The page's data are being read: no request is sent meanwhile. */
  reading(): boolean;
  emitRequested(request: AccessRequest): void;
  focusOn(selector: string): Promise<void>;
}

/** Open (held, or open to all) or locked: the guide's padlock. */
export function isOpen(access: ApplicationAccess): boolean {
  return access === 'held' || access === 'libre';
}

/** The state an application is shown in: held first, then open to all, pending, or how to get it. */
export function accessOf(application: Application, data: CatalogueData): ApplicationAccess {
  if (application.roles.some((role) => data.held.has(role.id))) return 'held';
  if (application.approval === 'libre') return 'libre';
  if (application.roles.some((role) => data.pending.has(role.id))) return 'pending';
  return application.approval;
}

/** The selector of what stands for a role in its row: its button, its pending request, or its held mark. */
export const roleSelector = (role: Role) => `[data-role-id="${CSS.escape(role.id)}"]`;

export class CatalogueController {
  /** The applications the user opened: they stay open when the page reads its data again. */
  private readonly expanded = new Set<string>();
  /** Why the last request was not sent. */
  notice: Notice | undefined;

  constructor(private readonly context: CatalogueContext) {}

  isExpanded(application: Application): boolean {
    return this.expanded.has(application.id);
  }

  toggle(application: Application): void {
    if (!this.expanded.delete(application.id)) this.expanded.add(application.id);
    this.context.host.requestUpdate();
  }

  /** « Tout déplier » / « Tout replier »: every application of the catalogue. */
  setAll(applications: readonly Application[], open: boolean): void {
    this.expanded.clear();
    if (open) for (const application of applications) this.expanded.add(application.id);
    this.context.host.requestUpdate();
  }

  allExpanded(applications: readonly Application[]): boolean {
    return applications.length > 0 && applications.every((application) => this.expanded.has(application.id));
  }

  /** A request is on its way, or the page reads what it changed: the request buttons ignore clicks. */
  get sending(): boolean {
    return this.context.writes.busy || this.context.reading();
  }

  /**
   * « Demander l'accès à l'application … »: the user confirms, knowing who will decide and by
   * when; the request is sent, said, and shown pending where the button was (focus goes there).
   */
  async request(application: Application, role: Role, today: string): Promise<void> {
    const { t } = this.context;
    if (this.sending || (application.approval !== 'local' && application.approval !== 'central')) return;
    const local = application.approval === 'local';
    const confirmed = await this.context.confirm({
      heading: t.msg('confirmHeading', application.name),
      message: t.msg('confirmMessage', role.label, local, t.formatDate(tacitDeadline(today))),
      confirmLabel: t.msg('confirmSend'),
    });
    if (!confirmed || this.sending) return;
    this.notice = undefined;
    this.context.host.requestUpdate();
    const result = await this.context.writes.run(({ signal }) => this.context.api().call('requestAccess', { body: { roleId: role.id } }, { signal }), {
      key: 'request-access',
    });
    if (result.ok) {
      this.context.announce(t.msg('requested', result.value.roleLabel, result.value.approval === 'local'));
      this.context.emitRequested(result.value);
    } else if (result.aborted) return;
    else this.notice = { variant: 'error', heading: t.msg('requestFailed', role.label), error: result.error };
    // The server's answer, or a refusal (already pending, already granted), may be news: the page reads it again.
    await this.context.reload();
    // The button was replaced by « Demande en cours » (or stays, after a refusal): focus stays on that role.
    await this.context.focusOn(roleSelector(role));
  }
}
