/**
 * The bulk actions of `<habil-account-search>` (R10) as its first screen offers them: those the
 * selection allows, with their buttons' words. What they do (the questions, the run with its
 * progress, the report: bulk-questions.ts, with its words and styles) is loaded when a first row
 * is selected, or when a bulk action is asked for; while it takes a moment the buttons wait.
 */
import { nothing } from 'lit';
import type { BulkAccountAction } from '../domain/index.js';
import { LazyPart } from '../internal/lazy-part.js';
import type { BulkRun } from './bulk-questions.js';
import type { OutcomeController } from './outcome.js';
import type { SearchController } from './search.js';
import type { AccountSearchWidget } from './widget.js';

const LABELS = {
  deactivate: 'bulkDeactivate',
  reactivate: 'bulkReactivate',
  grant: 'bulkGrant',
  revoke: 'bulkRevoke',
  'resend-identifier': 'bulkResend',
} as const satisfies Record<BulkAccountAction, string>;

export class BulkController {
  private readonly part: LazyPart<BulkRun>;
  /** A bulk action waits for its code: another one asked meanwhile (a second click) is not. */
  private waiting = false;

  constructor(
    private readonly widget: AccountSearchWidget,
    private readonly search: SearchController,
    private readonly outcome: OutcomeController,
  ) {
    this.part = new LazyPart(widget.host, async () => (await import('./bulk-questions.js')).createBulkRun(widget, search, outcome));
  }

  /** The code of the bulk actions is there. */
  get loaded(): boolean {
    return this.part.loaded;
  }

  get running(): boolean {
    return this.part.module?.running ?? false;
  }

  /** The code of the bulk actions takes a moment to come: their buttons wait. */
  get opening(): boolean {
    return this.part.busy;
  }

  /** The bulk actions of the space that at least one selected account (as far as the page knows) allows. */
  actions(): BulkAccountAction[] {
    const { search } = this;
    const known = search.allSelected ? [...(search.shown?.rows ?? []), ...search.selection.values()] : [...search.selection.values()];
    const allowed = new Set(known.flatMap((row) => row.actions));
    const offered: BulkAccountAction[] =
      search.context?.space === 'caf' ? ['deactivate', 'grant', 'revoke', 'resend-identifier'] : ['deactivate', 'reactivate', 'grant', 'revoke'];
    return offered.filter((action) => allowed.has(action));
  }

  label(action: BulkAccountAction): string {
    return this.widget.t.msg(LABELS[action]);
  }

  /** A row is selected: what the bulk actions do comes while the user chooses (once: after a failure, a bulk action asks again). */
  prefetch(): void {
    this.part.prefetch();
  }

  async start(action: BulkAccountAction): Promise<void> {
    if (this.waiting || this.running) return;
    this.waiting = true;
    const loaded = await this.part.load();
    this.waiting = false;
    if (!loaded) return this.outcome.refuseAs(this.part.error, '');
    await this.part.module!.start(action);
  }

  /** The progress and the report of the bulk action under way or done. */
  render(): unknown {
    return this.part.module?.render() ?? nothing;
  }
}
