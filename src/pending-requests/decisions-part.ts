/**
 * The decisions as the panels ask for them. Their code and their words (decisions.ts) load with
 * the first decision, or before it when the user is about to decide: a row's « Accepter » or
 * « Refuser » reached (focus or pointer), a row selected, the actions on the selection reached.
 * While the code takes a moment, the buttons wait (`opening`); when it cannot be loaded, the
 * notice says so, with « Réessayer », and the same button asks again. The styles of the report
 * and the two dialogs come with the code.
 */
import { nothing, type ReactiveControllerHost } from 'lit';
import type { AccessRequest, AccountRequest, Decision, RequestStatus } from '../domain/index.js';
import { LazyPart, PartActions } from '../internal/lazy-part.js';
import type { RowDecisions } from './columns.js';
import type { DecisionContext } from './decision-context.js';
import type { Decisions } from './decisions.js';
import { partWords } from '../internal/localize.js';
import { addPartStyles } from '../internal/part-styles.js';
import type { AccountRequestDecidedDetail, RequestDecidedDetail } from './public-types.js';
import type { RequestListController } from './request-list.js';
import type { FocusHost } from './row-focus.js';

export type DecisionsHost = FocusHost & ReactiveControllerHost & Element;

/** What the decisions need of the widget (their words come with their code). */
export interface DecisionsOptions extends Omit<DecisionContext, 't'> {
  pendingAccess: RequestListController<AccessRequest>;
  pendingAccounts: RequestListController<AccountRequest>;
  /** Tells the page of an access request decided. */
  accessDecided: (detail: RequestDecidedDetail) => void;
  /** Tells the page of an account request decided. */
  accountDecided: (detail: AccountRequestDecidedDetail) => void;
}

export class DecisionsPart {
  private readonly part: LazyPart<Decisions>;
  /** A decision waits for the code; when it could not be loaded, the notice says so with « Réessayer ». */
  private readonly actions: PartActions<Decisions>;

  constructor(
    host: DecisionsHost,
    options: DecisionsOptions,
  ) {
    this.part = new LazyPart(host, async () => {
      const code = await import('./decisions.js');
      const words = await partWords(host, code.decisionMessages);
      if (host.shadowRoot) addPartStyles(host.shadowRoot, code.decisionStyles);
      code.addStatusStyles(host);
      return code.createDecisions(host, options, words);
    });
    this.actions = new PartActions(this.part, () => options.notice);
  }

  /** The code takes a moment to come: the decision buttons wait. */
  get opening(): boolean {
    return this.part.busy;
  }

  /** A decision on a selection is under way: another one waits. */
  get bulkBusy(): boolean {
    return this.part.module?.bulk.busy ?? false;
  }

  /** The user is about to decide: the code comes meanwhile. */
  prefetch(): void {
    this.part.prefetch();
  }

  /** Whether a decision on this request is on its way. */
  inFlight(kind: 'access' | 'account', id: string): boolean {
    return this.part.module?.[kind].inFlight(id) ?? false;
  }

  /** What the buttons of a list's rows do (`decide`: the decision on a row's request), and the status of a row decided here. */
  rows<Row>(kind: 'access' | 'account', list: { settledStatus(id: string): RequestStatus | undefined }, decide: (row: Row, decision: Decision) => Promise<void>): RowDecisions<Row> {
    return {
      decide: (row, decision) => void decide(row, decision),
      inFlight: (id) => this.inFlight(kind, id),
      decided: (id) => list.settledStatus(id),
      renderStatus: (status) => this.part.module?.renderStatus(status) ?? nothing,
      sendingLabel: () => this.part.module?.sendingLabel() ?? '',
      opening: this.opening,
      prefetch: () => this.prefetch(),
    };
  }

  /** The report of the last decision on a selection, if any. */
  renderReport(): unknown {
    return this.part.module?.renderReport() ?? nothing;
  }

  decideAccess(request: AccessRequest, decision: Decision): Promise<void> {
    return this.run((decisions) => decisions.access.decide(request, decision));
  }

  decideAccount(request: AccountRequest, decision: Decision): Promise<void> {
    return this.run((decisions) => decisions.account.decide(request, decision));
  }

  /** "Accepter la sélection" or "Refuser la sélection". */
  decideSelection(decision: Decision): Promise<void> {
    return this.run((decisions) => decisions.bulk.decideSelection(decision));
  }

  private run(decide: (decisions: Decisions) => Promise<void>): Promise<void> {
    return this.actions.run(decide);
  }
}
