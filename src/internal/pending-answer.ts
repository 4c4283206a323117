import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The answer a dialog owes to whoever opened it and waits (`ask()` → a promise): one question at
 * a time — a new one answers the last with `none` — and a dialog that leaves the page answers
 * `none` too, so that no caller waits for ever.
 */
export class PendingAnswer<T> implements ReactiveController {
  private resolve: ((answer: T) => void) | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly none: T,
  ) {
    host.addController(this);
  }

  /** A new question: the last one, if still open, is answered with `none`. */
  ask(): Promise<T> {
    this.give(this.none);
    return new Promise((resolve) => {
      this.resolve = resolve;
    });
  }

  /** Answers the open question, if any; a question is answered once. */
  give(answer: T): void {
    const resolve = this.resolve;
    this.resolve = undefined;
    resolve?.(answer);
  }

  hostDisconnected(): void {
    this.give(this.none);
  }
}
