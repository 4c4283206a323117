/**
 * Who is connected (`GET /me`), read in one place for every widget of a page.
 *
 * Widgets that share a client (those under one `<habil-provider>`, or all those on the page's
 * default client) share one request: the first to ask sends it, and the others that ask before
 * its answer is handed out wait for the same answer, so that a page that shows several widgets
 * asks once. A widget that comes later (a page opened afterwards, widgets re-created after the
 * person or the server's day changed) asks again: rights may have changed meanwhile, and an old
 * answer is never handed to it. A widget that learns the answer changed (the person revoked his
 * own delegation) reads it again for all: each widget on that client on the page receives the
 * new answer and follows it. A request still on its way when the last widget waiting for it
 * leaves the page is not handed to the next ones, and a failed read is not kept: « Réessayer »
 * asks the server again.
 */
import { Task, type StatusRenderer } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HabilClient } from '../client/types.js';
import type { Me } from '../domain/index.js';

const answers = new Map<HabilClient, Promise<Me>>();
/** How many times the answer of each client was read again: a widget's read runs again when it grows. */
const readings = new WeakMap<HabilClient, number>();
/** The widgets on the page, told when the answer of their client is read again. */
const holders = new Set<MeHolder>();

function sharedAnswer(api: HabilClient): Promise<Me> {
  let answer = answers.get(api);
  if (!answer) {
    answer = api.call('getMe', {});
    answers.set(api, answer);
    const forget = () => {
      if (answers.get(api) === answer) answers.delete(api);
    };
    // Handed to the widgets that asked while it was on its way (their reads run in microtasks of
    // the same task), then forgotten: a widget that comes in a later task asks again.
    answer.then(() => setTimeout(forget), forget);
  }
  return answer;
}

/** The shared answer for `api`; `signal` stops this widget's wait, not the request the others wait for. */
export function readMe(api: HabilClient, signal?: AbortSignal): Promise<Me> {
  const answer = sharedAnswer(api);
  if (!signal) return answer;
  return new Promise<Me>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    answer.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * A widget's hold on the page's `GET /me`: it keeps a request on its way for the widget while it
 * is on the page, and says when the answer was read again for all (`reading`). A widget that
 * reads `GET /me` together with other things in one Task (with {@link readMe}) holds it this way
 * and puts `reading` in that Task's arguments; the others use {@link MeController}.
 */
export class MeHolder implements ReactiveController {
  constructor(
    protected readonly host: ReactiveControllerHost,
    protected readonly api: () => HabilClient,
  ) {
    host.addController(this);
  }

  /** Grows each time the answer is read again for all. */
  get reading(): number {
    return readings.get(this.api()) ?? 0;
  }

  /** The person's rights changed: every widget on this client reads `GET /me` again. */
  reload(): Promise<void> {
    const api = this.api();
    answers.delete(api);
    readings.set(api, (readings.get(api) ?? 0) + 1);
    for (const holder of holders) holder.host.requestUpdate();
    return Promise.resolve();
  }

  hostConnected(): void {
    holders.add(this);
  }

  hostDisconnected(): void {
    holders.delete(this);
    // A request nobody on the page waits for any more is not handed to the widgets that come
    // next: it was asked for another moment (maybe another person), and may never be answered.
    const api = this.api();
    if (![...holders].some((holder) => holder.api() === api)) answers.delete(api);
  }
}

/**
 * A widget's view of `GET /me`: a Task whose value is the shared answer, read again when the
 * widget's client or language changes, or when a widget on the same client calls `reload()`.
 */
export class MeController extends MeHolder {
  private readonly task: Task<[HabilClient, number], Me>;

  constructor(host: ReactiveControllerHost, api: () => HabilClient) {
    super(host, api);
    this.task = new Task(host, {
      task: ([client], { signal }) => readMe(client, signal),
      args: () => [this.api(), this.reading],
    });
  }

  get value(): Me | undefined {
    return this.task.value;
  }

  /** The Task's `render`: initial, pending, complete (the answer) or error. */
  render<T extends StatusRenderer<Me>>(renderer: T): ReturnType<Task<[HabilClient, number], Me>['render']> {
    return this.task.render(renderer);
  }

  /** Asks again after a failure (« Réessayer »). */
  async retry(): Promise<void> {
    await this.task.run();
  }

  /** Reads it again for all, and resolves once this widget has the new answer. */
  override async reload(): Promise<void> {
    await super.reload();
    await this.task.run([this.api(), this.reading]);
  }
}
