import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The answer a dialog owes to whoever opened it and waits (`ask()` → a promise): one question at
 * a time — a new one answers the last with `none` — and a dialog that leaves the page answers
 * `none` too, so that no caller waits for ever.
 */
export class PendingAnswer<T> implements ReactiveController {
  private resolve: ((answer: T) => void) | undefined;

  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly none: T,
  ) {
    host.addController(this);
  }

  /** What a question left without an answer gets. */
  protected noAnswer(): T {
    return this.none;
  }

  /** A new question: the last one, if still open, is answered with `none`. */
  ask(): Promise<T> {
    this.give(this.noAnswer());
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
    this.give(this.noAnswer());
  }
}

export interface DialogQuestionOptions<T> {
  /** The answer of a question left open (cancelled, replaced, or the dialog left the page). */
  none: () => T;
  /** The host's `<dialog>`. */
  dialog: () => HTMLDialogElement;
  /** Puts focus where the dialog starts, once it shows: its safe choice, or what to fill first. */
  focus: () => unknown;
}

/**
 * The question of a modal `<dialog>` whose `ask()` fills the host's state: the dialog opens at
 * the host's next render (with what was asked drawn), focus where it starts, and the answer is
 * owed as a {@link PendingAnswer}'s.
 */
export class DialogQuestion<T> extends PendingAnswer<T> {
  private opening = false;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: DialogQuestionOptions<T>,
  ) {
    super(host, undefined as T);
  }

  protected override noAnswer(): T {
    return this.options.none();
  }

  override ask(): Promise<T> {
    const answer = super.ask();
    this.opening = true;
    this.host.requestUpdate();
    return answer;
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.options.dialog();
    if (!dialog.open) dialog.showModal();
    void this.options.focus();
  }
}
