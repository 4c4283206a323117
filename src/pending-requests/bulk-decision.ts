/**
 * A decision on the selected access requests (R10): the dialog, reading the selection (the
 * whole result for "Tout"), then the shared {@link ChunkedRun} that sends it chunk by chunk and
 * keeps the server's answer per request; resuming after an interruption sends the same chunk
 * with the same key.
 */
import type { ReactiveControllerHost } from 'lit';
import type { AccessRequest, Decision } from '../domain/index.js';
import { ChunkedRun } from '../internal/chunked-run.js';

/**
 * Decisions go in smaller chunks than account changes: the server decides each request in its
 * own transaction (grant, history, mail), so a chunk of decisions takes longer, and smaller
 * chunks keep the progress bar moving.
 */
const DECISION_CHUNK_SIZE = 20;
import { personName } from './columns.js';
import type { DecisionContext } from './decision-context.js';
import { askForDecision } from './decision-dialogs.js';
import { refusalText } from './decision-texts.js';
import type { RequestDecidedDetail } from './public-types.js';
import type { RequestListController } from './request-list.js';
import { selectedItems } from './selected-items.js';

/** One decision on a selection, as sent so far. */
export interface BulkDecision {
  decision: Decision;
  reason: string | undefined;
  run: ChunkedRun<AccessRequest>;
}

export interface BulkDecisionOptions extends DecisionContext {
  /** The pending access requests, whose selection is decided. */
  list: RequestListController<AccessRequest>;
  /** Tells the page of each request the server applied the decision to. */
  decided: (detail: RequestDecidedDetail) => void;
}

export class BulkDecisionController {
  /** The last decision on a selection, until the user closes its report. */
  current: BulkDecision | undefined;
  /** The selection is being read from the server. */
  collecting = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: BulkDecisionOptions,
  ) {}

  /** A decision on a selection is under way: another one waits. */
  get busy(): boolean {
    return Boolean(this.current?.run.running) || this.collecting;
  }

  /** "Accepter la sélection" or "Refuser la sélection". */
  async decideSelection(decision: Decision): Promise<void> {
    const { list, t, notice } = this.options;
    const count = list.selectionSize;
    if (count === 0 || this.busy) return;
    const n = t.formatNumber(count);
    const confirmed = await askForDecision(this.options.dialogs(), decision, {
      accept: { heading: t.msg('confirmAcceptMany', n, count), message: t.msg('confirmAcceptManyMessage', n, count), confirmLabel: t.msg('accept') },
      refuse: { heading: t.msg('refuseMany', n, count), message: t.msg('refuseManyMessage', n, count) },
    });
    if (!confirmed) return;
    notice.clear();
    this.current = undefined;
    this.collecting = true;
    this.host.requestUpdate();
    let requests: AccessRequest[];
    try {
      requests = await selectedItems(list);
    } catch (error) {
      notice.show({ variant: 'error', text: t.msg('selectionUnread'), error });
      return;
    } finally {
      this.collecting = false;
      this.host.requestUpdate();
    }
    const bulk: BulkDecision = { decision, reason: confirmed.reason, run: new ChunkedRun(requests, (request) => request.id, DECISION_CHUNK_SIZE) };
    this.current = bulk;
    await this.send(bulk);
  }

  /** "Reprendre l'envoi": sends what the interruption left, from the chunk that failed. */
  resume(): void {
    if (this.current && !this.current.run.running) void this.send(this.current);
  }

  /** Closes the report. */
  close(): void {
    this.current = undefined;
    this.host.requestUpdate();
  }

  private async send(bulk: BulkDecision): Promise<void> {
    const { list } = this.options;
    const { decision, reason, run } = bulk;
    const client = this.options.client();
    const sending = run.send(
      async (requests, idempotencyKey) => {
        const items = requests.map(({ id }) => ({ id, decision, ...(reason ? { reason } : {}) }));
        return (await client.call('decideAccessRequests', { body: { items }, idempotencyKey })).results;
      },
      {
        onChunk: (answered) => {
          for (const request of answered) {
            if (run.outcomeOf(request)?.ok) this.options.decided({ request, decision, ...(reason ? { reason } : {}) });
          }
          this.host.requestUpdate();
        },
      },
    );
    this.host.requestUpdate();
    await sending;
    // The outcome first; then the requests decided, here or by someone else first, leave the
    // list, which is read again (and with it the counts) without a word from the table.
    this.options.announce(this.summary(bulk));
    for (const request of run.items) if (run.outcomeOf(request)) list.hide(request.id);
    if (run.finished) list.clearSelection();
    void list.reloadQuietly();
    this.host.requestUpdate();
  }

  /** "4 demandes acceptées, 1 non traitée par le serveur." */
  summary({ decision, run }: BulkDecision): string {
    const { t } = this.options;
    const n = (count: number) => t.formatNumber(count);
    const succeeded = run.succeeded.length;
    const refused = run.refused.length;
    const notSent = run.notSent.length;
    const parts = [t.msg(decision === 'accept' ? 'bulkAccepted' : 'bulkRefused', n(succeeded), succeeded)];
    if (refused) parts.push(t.msg('bulkFailed', n(refused), refused));
    if (notSent) parts.push(t.msg('bulkNotSent', n(notSent), notSent));
    return `${parts.join(', ')}.`;
  }

  /** Why the server did not apply the decision to this request, in words (empty when it did, or was not asked). */
  refusalOf(bulk: BulkDecision, request: AccessRequest): string {
    const outcome = bulk.run.outcomeOf(request);
    if (!outcome || outcome.ok || !outcome.problem) return '';
    const { t } = this.options;
    return refusalText(t, t.msg('whatAccess', personName(request.requester), request.roleLabel), outcome.problem);
  }
}
