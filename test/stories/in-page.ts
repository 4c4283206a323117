/**
 * What the story sweep (stories.node-test.ts) runs inside Storybook's preview page. Each function
 * is serialised by Playwright and runs on its own there: it may use only its arguments and the
 * page's globals.
 */
import type { AceChecker } from '../a11y/ace-types.js';

/** What the page records of the story being shown, for the sweep to read. */
export interface StoryRecord {
  /** STORY_FINISHED has come: the story is rendered and its play function has run (or failed). */
  finished: boolean;
  status?: string;
  /** Exceptions of the story, of its play function, and the errors left unhandled while it played. */
  errors: string[];
  /** The story's fetch() calls, and reads of their bodies, not yet settled. */
  pending: number;
  /** Counts the stories shown in the page: what the previous ones left in flight is not counted. */
  generation: number;
  /** Quiet checks in a row (see `isSettled`). */
  quiet: number;
}

interface Channel {
  on(event: string, listener: (payload: unknown) => void): void;
  emit(event: string, payload: unknown): void;
}

declare global {
  var habilStory: StoryRecord;
  var __STORYBOOK_ADDONS_CHANNEL__: Channel | undefined;
  /** Requests the stories' reference server holds for ever (a loading state), see .storybook/reference-server.ts. */
  var habilHeldRequests: number | undefined;
}

/**
 * Before the preview's own scripts: listens to Storybook's channel as soon as the preview installs
 * it (the events of @storybook/test-runner), and counts the requests in flight.
 */
export function recordStory(): void {
  const record: StoryRecord = { finished: false, errors: [], pending: 0, generation: 0, quiet: 0 };
  globalThis.habilStory = record;
  const text = (error: unknown): string => {
    if (error && typeof error === 'object' && 'message' in error) {
      const { name, message, stack } = error as { name?: string; message: string; stack?: string };
      return stack?.includes(message) ? stack : `${name ?? 'Error'}: ${message}${stack ? `\n${stack}` : ''}`;
    }
    return String(error);
  };
  const listen = (channel: Channel) => {
    channel.on('storyThrewException', (error) => record.errors.push(`the story threw: ${text(error)}`));
    channel.on('storyErrored', (error) => record.errors.push(`the story failed: ${(error as { description?: string }).description ?? text(error)}`));
    channel.on('playFunctionThrewException', (error) => record.errors.push(`its play function threw: ${text(error)}`));
    channel.on('unhandledErrorsWhilePlaying', (errors) => (errors as unknown[]).forEach((error) => record.errors.push(`unhandled while playing: ${text(error)}`)));
    // Also how the preview says that a story's file failed to load: nothing else comes after it.
    channel.on('storyMissing', (id) => {
      record.errors.push(`Storybook could not load the story ${String(id ?? '')}`);
      record.finished = true;
    });
    channel.on('storyFinished', (payload) => {
      record.status = (payload as { status?: string }).status;
      record.finished = true;
    });
  };
  let installed: Channel | undefined;
  Object.defineProperty(globalThis, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => installed,
    set: (channel: Channel) => {
      if (channel !== installed && channel) listen(channel);
      installed = channel;
    },
  });

  const counted = <T>(promise: Promise<T>): Promise<T> => {
    const { generation } = record;
    record.pending += 1;
    return promise.finally(() => {
      if (record.generation === generation) record.pending -= 1;
    });
  };
  const fetch = globalThis.fetch;
  globalThis.fetch = (...args: Parameters<typeof fetch>) => counted(fetch(...args));
  for (const method of ['arrayBuffer', 'blob', 'formData', 'json', 'text'] as const) {
    const read = Response.prototype[method] as (this: Response) => Promise<unknown>;
    Object.defineProperty(Response.prototype, method, {
      configurable: true,
      writable: true,
      value(this: Response) {
        return counted(read.call(this));
      },
    });
  }
}

/**
 * Shows another story in the same page, as Storybook's sidebar does (and @storybook/test-runner):
 * the preview renders it and runs its play function, without loading the page again. Each story
 * starts as a first visit (account-search remembers its page size in `localStorage`).
 */
export function showStory(storyId: string): void {
  const record = globalThis.habilStory;
  Object.assign(record, { finished: false, status: undefined, errors: [], pending: 0, generation: record.generation + 1, quiet: 0 });
  globalThis.habilHeldRequests = 0;
  localStorage.clear();
  globalThis.__STORYBOOK_ADDONS_CHANNEL__!.emit('setCurrentStory', { storyId, viewMode: 'story' });
}

/**
 * True once the page has been quiet for two checks in a row (the sweep polls once a frame): the
 * story has finished, no request is in flight (but those the reference server holds for ever) and
 * no Lit element, in any shadow root, has an update pending.
 */
export function isSettled(): boolean {
  const record = globalThis.habilStory;
  // Storybook's error display, whatever put it up (the preview itself failing to start says nothing on the channel).
  if (document.body.classList.contains('sb-show-errordisplay') && record.errors.length === 0) {
    record.errors.push(`Storybook shows an error: ${document.getElementById('error-message')?.textContent ?? ''}\n${document.getElementById('error-stack')?.textContent ?? ''}`.trim());
    record.finished = true;
  }
  if (!record.finished) return false;
  const updating = (root: Document | ShadowRoot): boolean =>
    [...root.querySelectorAll('*')].some(
      (element) => (element as { isUpdatePending?: boolean }).isUpdatePending === true || (element.shadowRoot !== null && updating(element.shadowRoot)),
    );
  const quiet = record.errors.length > 0 || (record.pending <= (globalThis.habilHeldRequests ?? 0) && !updating(document));
  record.quiet = quiet ? record.quiet + 1 : 0;
  return record.quiet >= 2;
}

/** One definite failure of an engine, as the sweep reports it. */
export interface Finding {
  engine: 'axe' | 'ibm';
  rule: string;
  message: string;
  /** Where: axe's selector through the shadow roots, or IBM's XPath-like DOM path. */
  path: string;
  snippet: string;
}

interface AxeNode {
  target: (string | string[])[];
  html: string;
  failureSummary?: string;
}

/** The engines' globals, once their scripts are in the page (test/a11y/two-engines.ts declares `ace` for the widget tests). */
interface Engines {
  axe: { run(context: Element, options: object): Promise<{ violations: { id: string; help: string; nodes: AxeNode[] }[] }> };
  ace: { Checker: new () => AceChecker };
}

/**
 * Both engines on the story's root (`#storybook-root`, with the shadow roots under it), as
 * test/a11y/two-engines.ts asks them in the widget tests: every axe violation, and IBM's definite
 * failures (`VIOLATION` / `FAIL`) of its WCAG 2.1 policy.
 *
 * axe's `region` rule is off, as in Storybook's own accessibility addon: a story is a widget on
 * its own, and the landmarks around it are the host page's.
 */
export async function runEngines(): Promise<Finding[]> {
  const { axe, ace } = globalThis as unknown as Engines;
  const root = document.getElementById('storybook-root')!;
  const axeReport = await axe.run(root, { resultTypes: ['violations'], rules: { region: { enabled: false } } });
  const findings: Finding[] = axeReport.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      engine: 'axe' as const,
      rule: violation.id,
      message: node.failureSummary ?? violation.help,
      path: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)).join(' >>> '),
      snippet: node.html,
    })),
  );
  const ibmReport = await new ace.Checker().check(root, ['WCAG_2_1']);
  for (const result of ibmReport.results) {
    if (result.value[0] !== 'VIOLATION' || result.value[1] !== 'FAIL') continue;
    findings.push({ engine: 'ibm', rule: result.ruleId, message: result.message, path: result.path.dom, snippet: result.snippet });
  }
  return findings;
}
