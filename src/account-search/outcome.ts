/**
 * What the last action came to, as `<habil-account-search>` says it: its outcome, spoken by the
 * live region (and shown, for an action that went through), or why it was refused, with what
 * another person changed meanwhile after a stale write (R15).
 *
 * The outcome comes first: what is said on the way (a selection count, a bulk action started)
 * is `minor`, and the live region drops it while an outcome holds it, until the user acts again.
 */
import { describeError } from '../internal/problem-text.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import type { AccountSearchWidget } from './widget.js';

export interface AnnounceOptions {
  /** Also shows the text, as the outcome of an action that went through. */
  visible?: boolean;
  /** Chatter rather than an outcome: never said over an outcome the user has not moved on from. */
  minor?: boolean;
}

export interface ActionRefusal {
  error: unknown;
  heading: string;
  changedMeanwhile?: [field: string, value: string][];
  /** What the refusal leaves done or undone, in a sentence. */
  detail?: string;
}

export class OutcomeController {
  /** The outcome shown (empty: nothing shown, the live region may still have spoken). */
  notice = '';
  refusal?: ActionRefusal;

  constructor(private readonly widget: AccountSearchWidget) {}

  /** Says `text` in the live region: an outcome, unless `minor`; `visible` also shows it. */
  async announce(text: string, { visible = false, minor = false }: AnnounceOptions = {}): Promise<void> {
    if (!minor || visible) {
      this.notice = visible ? text : '';
      this.widget.host.requestUpdate();
    }
    await this.widget.host.updateComplete;
    await this.widget.root().querySelector<HabilLiveRegion>('#announcer')?.announce(text, { minor });
  }

  /** Says why the action on `name` was refused. */
  refuse(error: unknown, name: string, changedMeanwhile?: [string, string][]): void {
    const text = describeError(error, this.widget.t.lang);
    this.notice = '';
    this.refusal = { error, heading: this.widget.t.msg('refusedFor', text.title, name), ...(changedMeanwhile ? { changedMeanwhile } : {}) };
    this.widget.host.requestUpdate();
  }

  /** Says why an action was refused, under a heading of its own, with what it leaves done or undone. */
  refuseAs(error: unknown, heading: string, detail?: string): void {
    this.notice = '';
    this.refusal = { error, heading, ...(detail ? { detail } : {}) };
    this.widget.host.requestUpdate();
  }

  /** Adds to the refusal just said what it leaves done or undone. */
  explainFurther(detail: string): void {
    if (!this.refusal) return;
    this.refusal = { ...this.refusal, detail };
    this.widget.host.requestUpdate();
  }

  clear(): void {
    this.refusal = undefined;
    this.notice = '';
    this.widget.host.requestUpdate();
  }

  get any(): boolean {
    return !!this.refusal || !!this.notice;
  }
}

