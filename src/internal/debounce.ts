/**
 * Waits for the user to pause before acting on what he types: `schedule` runs the last action
 * given once `delay` ms pass without another; `flush` runs it now (Enter, « Rechercher »),
 * `cancel` drops it. Nothing runs after the host has left the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The pause after the last key before a search is sent. */
export const TYPING_PAUSE_MS = 300;

export class DebounceController implements ReactiveController {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: (() => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly delay: number = TYPING_PAUSE_MS,
  ) {
    host.addController(this);
  }

  schedule(action: () => void): void {
    this.cancel();
    this.pending = action;
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Runs the scheduled action now, if there is one. */
  flush(): void {
    const action = this.pending;
    this.cancel();
    action?.();
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending = undefined;
  }

  get scheduled(): boolean {
    return this.pending !== undefined;
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
