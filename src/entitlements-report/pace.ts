/**
 * How a file build shares its thread. The builders (export-excel.ts, export-pdf.ts) lay out
 * the rows a slice at a time and call `step()` after each slice: in the export worker it only
 * reports the progress (the worker has its thread to itself); in the page, when the worker
 * could not start, it also gives the page back whenever the build has held it for a slice of
 * time, so that the page keeps answering — « Annuler » first — and stops the build once it
 * is cancelled.
 */

export interface Pace {
  /** `done` is the part of the file built so far, from 0 to 1. Rejects with the abort reason once the export is cancelled. */
  step(done: number): Promise<void>;
}

/** The longest the page-side build holds the page at a time. */
export const PAGE_SLICE_MS = 30;

/** A pace that only reports (the export worker's). */
export function reportingPace(report: (done: number) => void): Pace {
  return {
    step(done) {
      report(done);
      return Promise.resolve();
    },
  };
}

/** A pace that reports and, every {@link PAGE_SLICE_MS} or so, lets the page handle its input, paint and timers. */
export function yieldingPace(signal: AbortSignal, report: (done: number) => void): Pace {
  let sliceStart = performance.now();
  return {
    async step(done) {
      signal.throwIfAborted();
      report(done);
      if (performance.now() - sliceStart < PAGE_SLICE_MS) return;
      await yieldToPage();
      signal.throwIfAborted();
      sliceStart = performance.now();
    },
  };
}

/**
 * Ends the current task: the page's input, paint, timers and network answers get their turn,
 * then the build goes on in a new task. (Not `scheduler.yield()`: its continuations go before
 * the page's other tasks, whose timers would wait for the end of the build.)
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
