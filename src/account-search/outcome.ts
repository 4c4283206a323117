/**
 * What the last action came to, as `<habil-account-search>` says it: its outcome, spoken by the
 * live region (and shown, for an action that went through), or why it was refused, with what
 * another person changed meanwhile after a stale write (R15).
 */
import { describeError } from '../internal/problem-text.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';
import type { AccountSearchWidget } from './widget.js';

export interface ActionRefusal {
  error: unknown;
  heading: string;
  changedMeanwhile?: [field: string, value: string][];
}

export class OutcomeController {
  /** The outcome shown (empty: nothing shown, the live region may still have spoken). */
  notice = '';
  refusal?: ActionRefusal;

  constructor(private readonly widget: AccountSearchWidget) {
  }

  /** Says `text` in the live region; `visible` also shows it, as the outcome of an action. */
  async announce(text: string, visible = false): Promise<void> {
    this.notice = visible ? text : '';
    this.widget.host.requestUpdate();
    await this.widget.host.updateComplete;
    await this.widget.root().querySelector<HabilLiveRegion>('#announcer')?.announce(text);
  }

  /** Says why the action on `name` was refused. */
  refuse(error: unknown, name: string, changedMeanwhile?: [string, string][]): void {
    const text = describeError(error, this.widget.t.lang);
    this.notice = '';
    this.refusal = { error, heading: this.widget.t.msg('refusedFor', text.title, name), ...(changedMeanwhile ? { changedMeanwhile } : {}) };
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
