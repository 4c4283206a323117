/**
 * The server's clock: the real time, or an instant fixed by HABIL_NOW (demos, tests). In
 * development, the demo's « Date du serveur » moves it, so that anyone can play the guides'
 * scenarios (a request of 28/05/2025 pending on 02/06/2025, accepted tacitly on 08/06/2025).
 */
export class ServerClock {
  #fixed: Date | undefined;
  constructor(fixed?: Date) {
    this.#fixed = fixed;
  }
  now(): Date {
    return this.#fixed ? new Date(this.#fixed) : new Date();
  }
  get fixed(): boolean {
    return this.#fixed !== undefined;
  }
  /** Fixes the clock at this instant, or lets it follow the real time again (undefined). */
  set(at: Date | undefined): void {
    this.#fixed = at;
  }
}
