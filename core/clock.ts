/**
 * A server's clock: the real time, or an instant it is fixed at (HABIL_NOW, a test, a story),
 * which a demo's « Date du serveur » or a test moves. Both servers keep their time so.
 */
import { isoDay } from '../src/domain/index.js';

export class Clock {
  #fixed: Date | undefined;
  constructor(now?: Date | string) {
    if (now !== undefined) this.set(now);
  }
  now(): Date {
    return this.#fixed ? new Date(this.#fixed) : new Date();
  }
  #today: { minute: number; day: string } | undefined;
  /** Asked for every row of a page: formatted at most once a minute. */
  today(): string {
    const minute = Math.floor(this.now().getTime() / 60_000);
    if (this.#today?.minute !== minute) this.#today = { minute, day: isoDay(this.now()) };
    return this.#today.day;
  }
  set(now: Date | string): void {
    this.#fixed = new Date(now);
  }
  /** Follows the real time again. */
  release(): void {
    this.#fixed = undefined;
  }
  get fixed(): boolean {
    return this.#fixed !== undefined;
  }
  advanceDays(days: number): void {
    this.#fixed = new Date(this.now().getTime() + days * 86_400_000);
  }
}
