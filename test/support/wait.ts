/**
 * Waiting on a condition, with room for a busy machine: the suite runs on CI machines that other
 * jobs share, and with Chromium's CPU throttled. open-wc's `waitUntil` gives up after 1 s; this
 * one after 20 s (under mocha's 30 s per test: the first test of a file may wait for Vite to
 * build a framework or a library cold), both stretched by the throttling factor, checking every
 * 20 ms. These are bounds of a hang, not waits: a test never waits on time.
 */
import { waitUntil as openWcWaitUntil } from '@open-wc/testing';

export const WAIT_TIMEOUT_MS = 20_000;

/** With HABIL_CPU_THROTTLE (web-test-runner.config.mjs), Chromium runs that many times slower. */
const SLOWDOWN = (globalThis as { HABIL_CPU_THROTTLE?: number }).HABIL_CPU_THROTTLE ?? 1;

export function waitUntil(predicate: () => unknown | Promise<unknown>, message?: string, options: { timeout?: number; interval?: number } = {}): Promise<void> {
  return openWcWaitUntil(predicate, message, { interval: 20, ...options, timeout: Math.max(options.timeout ?? 0, WAIT_TIMEOUT_MS) * SLOWDOWN });
}
