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

