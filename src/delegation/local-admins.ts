/**
 * "Vos administrateurs locaux" (guide §4, R13): the local administrators of my organisme, read
 * while the section shows. Naming a person (chosen in the picker, or whose account is created on
 * the spot, "Nouveau") and revoking a delegation are a part of their own (local-admin-actions.ts:
 * their code, their words, the confirmation and the writes), loaded when the user reaches
 * « Nouvel administrateur local » or a « Retirer » (focus or pointer), or else when he presses it.
 * When it cannot be loaded, the notice says so, with « Réessayer ».
 */
import type { LocalAdmin } from '../domain/index.js';
import { LazyPart, PartActions } from '../internal/lazy-part.js';
import type { FlowOf } from './flow.js';
import type { LocalAdminActions } from './local-admin-actions.js';
import type { DelegationContext } from './section-context.js';
import { SectionListController } from './section-list.js';

/** The button that opens the panel, which takes focus back when it closes. */
export const NEW_LOCAL_ADMIN = '#new-local-admin';

/** The id of the table of my organisme's local administrators, whose rows hold the "Retirer" buttons. */
export const LOCAL_ADMINS_TABLE = 'local-admins-table';

export class LocalAdminsController extends SectionListController<true, LocalAdmin> {
  private readonly actions: LazyPart<LocalAdminActions>;
  /** An action waits for the code; when it could not be loaded, the section's notice says so with « Réessayer ». */
  private readonly run: PartActions<LocalAdminActions>;

  constructor(context: DelegationContext) {
    super(
      context,
      () => context.sections.shown === 'local-admins',
      (client, _shown, signal) => client.call('listLocalAdmins', { query: { scope: 'mine' } }, { signal }),
    );
    this.actions = new LazyPart(context.host, async () => (await import('./local-admin-actions.js')).createLocalAdminActions(this, context));
    const { report } = context;
    this.run = new PartActions(this.actions, () => ({ current: report.notice, show: (notice) => report.refused(notice), clear: () => report.clearNotice() }));
  }

  /** The open panel, when it is this section's. */
  get flow(): FlowOf<'name-local-admin'> | undefined {
    return this.context.flows.of('name-local-admin');
  }

  /** Naming and revoking, once their code is there (always, once a panel is open or a revocation done). */
  get loadedActions(): LocalAdminActions | undefined {
    return this.actions.module;
  }

  /** Their code takes a moment to come: the buttons wait. */
  get opening(): boolean {
    return this.actions.busy;
  }

  /** The user is about to name or revoke: the code comes meanwhile. */
  prefetch(): void {
    this.actions.prefetch();
  }

  openFlow(): void {
    void this.withActions(() => this.context.flows.show({ kind: 'name-local-admin', step: 'choose', serverErrors: [] }));
  }

  closeFlow(): Promise<void> {
    return this.context.flows.close(NEW_LOCAL_ADMIN);
  }

  revoke(row: LocalAdmin): void {
    void this.withActions((actions) => actions.revoke(row));
  }

  private withActions(act: (actions: LocalAdminActions) => Promise<void>): Promise<void> {
    return this.run.run(act);
  }
}
