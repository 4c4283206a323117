/**
 * A part of a widget that its first screen does not show (a form, a dialog, a bulk run, a
 * secondary tab), loaded with `import()` the first time it is needed, so that a page loads up
 * front only what it shows first.
 *
 * - The action that needs the part waits for `load()`, then renders it as before: a part that
 *   is an element is registered by its module (`defineElement`) before its tag is rendered, and
 *   its styles come with its class, so it never shows unstyled.
 * - While a load takes more than a moment, `busy` is true: the button that asked shows it.
 * - When the module cannot be loaded (the network), `load()` resolves with false and `error`
 *   holds a {@link PartLoadError}, which the kit's alerts put in words (French, English); the
 *   next `load()` asks the network again, so the user retries by doing the same thing again, or
 *   with « Réessayer » where the part shows in place (`renderPart`, lazy-part-view.ts). Nothing
 *   the host holds is touched: nothing typed is lost. (A browser that keeps a failed module
 *   fetch for the life of the page, as the HTML standard asked before whatwg/html#10327, fails
 *   again until the page is reloaded.)
 */
import type { ReactiveControllerHost } from 'lit';

/** A part of a widget could not be loaded: nothing was done, the user may try again. */
export class PartLoadError extends Error {
  override readonly name = 'PartLoadError';
}

/** A load shorter than this shows no busy state (no flicker on a fast network). */
export const BUSY_AFTER_MS = 150;

export class LazyPart<M = unknown> {
  /** Why the last load failed, until the next one starts. */
  error: PartLoadError | undefined;
  /** The load has taken more than a moment: the button that asked for it says it is busy. */
  busy = false;
  private loadedModule: { module: M } | undefined;
  private pending: Promise<boolean> | undefined;

  constructor(
    /** Rendered again when the part comes, or its load turns busy or fails. */
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    private readonly importer: () => Promise<M>,
  ) {}

  get loaded(): boolean {
    return this.loadedModule !== undefined;
  }

  /** What the importer gave, once loaded. */
  get module(): M | undefined {
    return this.loadedModule?.module;
  }

  /** Failed, and not being loaded again: the host says so, with « Réessayer ». */
  get failed(): boolean {
    return this.error !== undefined && this.pending === undefined;
  }

  /**
   * The user is about to need the part (a pointer or the focus on the button that opens it): it
   * comes meanwhile. After a failed load it waits for the user's action to ask again, so that a
   * page without network does not ask on every render.
   */
  prefetch(): void {
    if (!this.loadedModule && !this.pending && !this.error) void this.load();
  }

  /** Loads the part once; true once it is there, false when it could not be loaded (see `error`). */
  load(): Promise<boolean> {
    if (this.loadedModule) return Promise.resolve(true);
    this.pending ??= this.importOnce();
    return this.pending;
  }

  private async importOnce(): Promise<boolean> {
    this.error = undefined;
    const slow = setTimeout(() => {
      this.busy = true;
      this.host.requestUpdate();
    }, BUSY_AFTER_MS);
    try {
      this.loadedModule = { module: await this.importer() };
    } catch (cause) {
      this.error = new PartLoadError('A part of the widget could not be loaded.', { cause });
    } finally {
      clearTimeout(slow);
      this.pending = undefined;
      this.busy = false;
      this.host.requestUpdate();
    }
    return this.loaded;
  }
}

/** Where the actions of {@link PartActions} say that their part could not be loaded. */
export interface PartFailureNotice {
  /** What the notice says now. */
  readonly current: unknown;
  show(notice: { variant: 'error'; error: unknown; retry: () => void }): void;
  clear(): void;
}

/**
 * The actions that need a part (a decision, naming an administrator): each waits for the part,
 * then runs. While one waits, another asked meanwhile (a second click) is not run. When the part
 * could not be loaded, the notice says so with « Réessayer », which asks for the same action
 * again; that notice goes once the part came. Nothing the host holds is touched.
 */
export class PartActions<M> {
  private waiting = false;
  private failure: object | undefined;

  constructor(
    private readonly part: LazyPart<M>,
    private readonly notice: () => PartFailureNotice,
  ) {}

  async run(act: (module: M) => unknown): Promise<void> {
    if (this.waiting) return;
    this.waiting = true;
    const ready = await this.part.load();
    this.waiting = false;
    const notice = this.notice();
    if (!ready) {
      const failure = { variant: 'error' as const, error: this.part.error, retry: () => void this.run(act) };
      this.failure = failure;
      notice.show(failure);
      return;
    }
    // The part came (on « Réessayer », or on the button again): what said it could not goes.
    if (this.failure && notice.current === this.failure) notice.clear();
    this.failure = undefined;
    await act(this.part.module as M);
  }
}
