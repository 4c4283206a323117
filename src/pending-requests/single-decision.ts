/**
 * One decision on one request, whatever its kind (access or account request): the dialog,
 * the write, then what the user is told. The kind says what differs (words, route, event).
 *
 * Once applied, the outcome is said first; the row stays where it was with its new status, and
 * the focus lands on that status (not on the next person's « Accepter », where an Enter pressed
 * once too often would start another decision). Someone else having decided first, the row
 * leaves the list and the notice says who.
 *
 * Decisions are final (R5). Each action is named by the request, the decision and the reason,
 * so the shared {@link WriteController} sends a retry of the same decision with the same
 * idempotency key (a lost answer never grants twice), and another decision with a new one.
 */
import type { HabilClient } from '../client/types.js';
import type { Decision, DecisionBody } from '../domain/index.js';
import { WriteController, type WriteContext, type WriteFailure } from '../internal/writes.js';
import { alreadyDecidedText } from './decision-texts.js';
import type { DecisionContext } from './decision-context.js';
import { askForDecision, type DecisionQuestion } from './decision-dialogs.js';
import type { RequestListController } from './request-list.js';
import { focusDecidedRow, keepFocusAfterRowLeft, rowIndexOf, type FocusHost } from './row-focus.js';

/** What the page is told of a decision the server applied. */
export interface DecidedDetail<Request> {
  request: Request;
  decision: Decision;
  reason?: string;
}

/** What differs between the decisions on access requests and on account requests. */
export interface DecisionKind<Request extends { id: string }, Result> {
  /** The first word of the names of its actions (`<name>:<request id>:<decision>:<reason>`). */
  name: string;
  /** The words of the dialogs. */
  question(request: Request): DecisionQuestion;
  /** How the messages name the request. */
  what(request: Request): string;
  /** The write. */
  send(client: HabilClient, id: string, body: DecisionBody, context: WriteContext): Promise<Result>;
  /** What the live region says once the server applied the decision. */
  applied(request: Request, decision: Decision, result: Result): string;
  /** Tells the page. */
  decided(detail: DecidedDetail<Request>, result: Result): void;
  /** Whether the notice of this failure offers to send the decision again. */
  offersRetry(failure: WriteFailure): boolean;
}

export interface SingleDecisionOptions<Request extends { id: string }, Result> extends DecisionContext {
  kind: DecisionKind<Request, Result>;
  /** The list the request leaves once decided. */
  list: RequestListController<Request>;
}

export class SingleDecisionController<Request extends { id: string }, Result> {
  private readonly writes: WriteController;
  /** The action last asked for on each request: asking another forgets the key of the previous one. */
  private readonly lastAction = new Map<string, string>();

  constructor(
    private readonly host: FocusHost,
    private readonly options: SingleDecisionOptions<Request, Result>,
  ) {
    this.writes = new WriteController(host, { lang: () => options.t.lang });
  }

  /** Whether a decision on the request is on its way: its buttons are disabled until the answer. */
  inFlight(id: string): boolean {
    const action = this.lastAction.get(id);
    return action !== undefined && this.writes.isBusy(action);
  }

  /** The row's "Accepter" or "Refuser": asks to confirm (with a reason for a refusal), then sends it. */
  async decide(request: Request, decision: Decision): Promise<void> {
    const confirmed = await askForDecision(this.options.dialogs(), decision, this.options.kind.question(request));
    if (confirmed) await this.send(request, decision, confirmed.reason);
  }

  private async send(request: Request, decision: Decision, reason: string | undefined): Promise<void> {
    if (this.inFlight(request.id)) return;
    const { kind, notice, t } = this.options;
    const key = this.actionFor(request.id, decision, reason);
    notice.clear();
    const body: DecisionBody = { decision, ...(reason ? { reason } : {}) };
    const client = this.options.client();
    const result = await this.writes.run((context) => kind.send(client, request.id, body, context), { key });
    if (result.ok) {
      this.options.announce(kind.applied(request, decision, result.value));
      this.options.list.settle(request.id, decision === 'accept' ? 'acceptee' : 'refusee');
      void focusDecidedRow(this.host, request.id);
      this.options.counts.refresh();
      kind.decided({ request, decision, ...(reason ? { reason } : {}) }, result.value);
      return;
    }
    if (result.aborted) return;
    const what = kind.what(request);
    if (result.problem?.code === 'already-decided') {
      this.rowLeft(request.id);
      notice.show({ variant: 'warning', heading: t.msg('alreadyDecidedHeading'), text: alreadyDecidedText(t, what, result.problem.problem) });
      return;
    }
    notice.show({
      variant: 'error',
      text: t.msg('decisionFailed', what),
      error: result.error,
      ...(kind.offersRetry(result) ? { retry: () => void this.send(request, decision, reason), retryLabel: t.msg('retryDecision') } : {}),
    });
  }

  /** The name of this decision on this request; the user changing his mind makes the next one a new action. */
  private actionFor(id: string, decision: Decision, reason: string | undefined): string {
    const action = `${this.options.kind.name}:${id}:${decision}:${reason ?? ''}`;
    const previous = this.lastAction.get(id);
    if (previous !== undefined && previous !== action) this.writes.forget(previous);
    this.lastAction.set(id, action);
    return action;
  }

  /** A request decided by someone else leaves its list at once; the list (and with it the counts) is then read again, quietly. */
  private rowLeft(id: string): void {
    const { list } = this.options;
    const index = rowIndexOf(this.host, id);
    list.hide(id);
    void keepFocusAfterRowLeft(this.host, index);
    void list.reloadQuietly();
  }
}
