/**
 * What `<habil-delegation>` says about the user's last action: a change that went through is
 * announced in the live region, with the histories of the accounts it involved (R14); a refusal
 * or a failure stays in the section's notice until the next action.
 */
import type { ReactiveControllerHost } from 'lit';
import type { PersonRef } from '../domain/index.js';
import type { HabilLiveRegion } from '../ui/live-region/live-region.js';

/**
 * A refusal or a failure of the last action, shown in the section until the next one: what did
 * not happen (heading), why (the server's refusal in words, from `error`), and what it means now.
 */
export interface Notice {
  variant: 'error' | 'warning';
  /** Absent when the error says it all (a part that could not be loaded). */
  heading?: string;
  error: unknown;
  text?: string;
  /** Does the action again (« Réessayer »): the code it needed could not be loaded. */
  retry?: () => void;
}

/** A reminder of the guides after a change (the Afas point after a replacement), in the host's language. */
export type ChangeNote = () => { heading: string; text: string };

/** The accounts the last change involved (their history, R14), and the reminder that follows it. */
export interface LastChange {
  accounts: PersonRef[];
  note: ChangeNote | undefined;
}

/** State the host renders, changed only by the user's actions: it asks the host to render, and has no part in its lifecycle. */
export class ChangeReport {
  notice: Notice | undefined;
  lastChange: LastChange | undefined;
  /** Whether the live region said something yet (it shows only then). */
  announced = false;
  /** The user revoked his own delegation, in this organisme: the sections he managed went with it. */
  ownDelegationRevoked: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly liveRegion: () => HabilLiveRegion,
  ) {}

  /** A new action starts: the previous one's refusal no longer applies. */
  clearNotice(): void {
    this.notice = undefined;
    this.host.requestUpdate();
  }

  /** The action did not go through: say what did not happen, and why. */
  refused(notice: Notice): void {
    this.notice = notice;
    this.host.requestUpdate();
  }

  announce(text: string): void {
    this.announced = true;
    this.host.requestUpdate();
    void this.liveRegion().announce(text);
  }

  /** The user revoked his own delegation: the widget says so where the section was. */
  revokedOwnDelegation(organisme: string): void {
    this.ownDelegationRevoked = organisme;
    this.host.requestUpdate();
  }

  /** A change went through: say it, and offer the history of the accounts it involved (R14). */
  changed(text: string, accounts: PersonRef[], note?: ChangeNote): void {
    this.notice = undefined;
    this.lastChange = { accounts, note };
    this.announce(text);
  }
}
