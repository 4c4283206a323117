/** Driving `<habil-entitlements-report>` the way a user does, and reading back what it exported. */
import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import { readSheet } from 'read-excel-file/browser';
import type { TemplateResult } from 'lit';
import { recordingClient, type RecordedCall } from '../support/recording-client.js';
import type { EntitlementRow } from '../../src/domain/index.js';
import '../../src/entitlements-report/define.js';
import type { HabilEntitlementsReport, ReportExportedDetail } from '../../src/entitlements-report/define.js';
import type { HabilDataTable } from '../../src/ui/data-table/data-table.js';
import type { HabilField } from '../../src/ui/field/field.js';
import type { RouteName } from '../../src/contract/routes.js';
import { api, expectOk } from '../support/api.js';
import { shadow, text } from '../support/dom.js';
export { shadow, text };

export function table(el: HabilEntitlementsReport): HabilDataTable {
  return shadow(el).querySelector('habil-data-table')!;
}

/** The widget knows who is connected and its table is neither loading nor about to. */
export async function settled(el: HabilEntitlementsReport): Promise<void> {
  await waitUntil(() => table(el) && !table(el).loading, 'the report never finished loading', { timeout: 4000 });
  await el.updateComplete;
  await table(el).updateComplete;
}

export async function render(template: TemplateResult = html`<habil-entitlements-report></habil-entitlements-report>`): Promise<HabilEntitlementsReport> {
  const el = await fixture<HabilEntitlementsReport>(template);
  await settled(el);
  return el;
}

/** The data rows on screen (not the "no result" row). */
export function rows(el: HabilEntitlementsReport): HTMLTableRowElement[] {
  return [...shadow(table(el)).querySelectorAll<HTMLTableRowElement>('tbody tr')].filter((row) => !row.querySelector('[part~="empty"]'));
}

/** The name cell of each row: "Hélène SCHNEIDER-KLEIN h.schneider-klein@…". */
export function names(el: HabilEntitlementsReport): string[] {
  return rows(el).map((row) => text(row.querySelector('[part~="person"]')));
}

export function rowOf(el: HabilEntitlementsReport, words: string): HTMLTableRowElement {
  const row = rows(el).find((candidate) => text(candidate).includes(words));
  if (!row) throw new Error(`no row with "${words}" in: ${rows(el).map((r) => text(r)).join(' | ')}`);
  return row;
}

export function headers(el: HabilEntitlementsReport): string[] {
  return [...shadow(table(el)).querySelectorAll('thead th')].map((th) => text(th));
}

export function field(el: HabilEntitlementsReport, name: 'nom' | 'email'): HabilField {
  return shadow(el).querySelector<HabilField>(`habil-field[name="${name}"]`)!;
}

/** Types into a field as a user does: the native control changes, then input and change events. */
export async function typeInto(target: HabilField, value: string): Promise<void> {
  const control = shadow(target).querySelector<HTMLInputElement>('#control')!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await target.updateComplete;
}

export function addChoice(el: HabilEntitlementsReport, value: 'avec' | 'sans' | ''): HTMLInputElement {
  return shadow(el).querySelector<HTMLInputElement>(`input[name="add"][value="${value}"]`)!;
}

export function button(el: HabilEntitlementsReport, part: 'show-button' | 'export-excel' | 'export-pdf' | 'cancel-button'): HTMLButtonElement {
  return shadow(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
}

/** Clicks "Afficher l'état" and waits for the new answer. */
export async function show(el: HabilEntitlementsReport): Promise<void> {
  button(el, 'show-button').click();
  await el.updateComplete;
  await settled(el);
}

/** The status message of the last export. */
export function statusMessage(el: HabilEntitlementsReport): string {
  return text(shadow(shadow(el).querySelector('habil-live-region')!).querySelector('[part="region"]'));
}

/**
 * Starts an export and waits for its file. The event is cancelled so that the test browser
 * does not download it.
 */
export async function exportFile(el: HabilEntitlementsReport, part: 'export-excel' | 'export-pdf'): Promise<ReportExportedDetail> {
  const exported = new Promise<ReportExportedDetail>((resolve) => {
    el.addEventListener(
      'habil-report-exported',
      (event) => {
        event.preventDefault();
        resolve(event.detail);
      },
      { once: true },
    );
  });
  button(el, part).click();
  return exported;
}

/** The server's whole filtered result, every page, straight from the HTTP API. */
export async function serverReport(query: string): Promise<EntitlementRow[]> {
  const people: EntitlementRow[] = [];
  for (let page = 1; ; page += 1) {
    const body = expectOk(await api<{ items: EntitlementRow[]; total: number }>('get', `/reports/entitlements?${query}&page=${page}&pageSize=100`));
    people.push(...body.items);
    if (people.length >= body.total) return people;
  }
}

export async function readWorkbook(blob: Blob, sheet: number): Promise<(string | number | boolean | null)[][]> {
  return (await readSheet(blob, sheet)) as (string | number | boolean | null)[][];
}

GlobalWorkerOptions.workerSrc = new URL('/node_modules/pdfjs-dist/build/pdf.worker.mjs', location.origin).href;

/** The text of each page of a PDF, as a reader extracts it. */
export async function pdfText(blob: Blob): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(await blob.arrayBuffer()) }).promise;
  const pages: string[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return pages;
}

// The browser keeps 250 resource timings by default: the test runner's modules fill them before
// an export runs, and the export's modules would go unrecorded.
performance.setResourceTimingBufferSize(100_000);

/** The URLs the page fetched since this module was loaded whose path contains `name`. */
export function loadedModules(name: string): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.includes(name));
}

/**
 * Every module the widget's registering file imports statically, as the test server serves
 * them: the specifiers found in the kit's own modules, followed through the kit (a library can
 * only come in through one of them). `import()` expressions are not followed.
 */
export async function staticImports(entry: string): Promise<string[]> {
  const found = new Set<string>();
  const visited = new Set<string>();
  const pattern = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[^'"();]*?\sfrom\s*)?['"]([^'"]+)['"]/g;
  const visit = async (url: string): Promise<void> => {
    if (visited.has(url)) return;
    visited.add(url);
    const source = await (await fetch(url)).text();
    const next: string[] = [];
    for (const match of source.matchAll(pattern)) {
      const resolved = new URL(match[1]!, url).href;
      found.add(resolved);
      if (new URL(resolved).pathname.startsWith('/src/')) next.push(resolved);
    }
    await Promise.all(next.map(visit));
  };
  await visit(new URL(entry, location.origin).href);
  return [...found];
}

/** The page of a report call (undefined for another call). */
export const reportPage = (name: RouteName, args: unknown) => (name === 'entitlementsReport' ? ((args as { query: { page?: number } }).query.page ?? 1) : undefined);

/** A client that holds the report's page `page` until the test calls one of `releases`. */
export function holdingPage(page: number) {
  const releases: (() => void)[] = [];
  const answered: unknown[] = [];
  const { client, calls } = recordingClient((name, args, send) =>
    reportPage(name, args) === page
      ? new Promise<void>((release) => releases.push(release))
          .then(send)
          .finally(() => answered.push(page))
      : undefined,
  );
  /** `answered`: the held pages whose answer has been handed to the widget. */
  return { client, calls, releases, answered };
}

export { recordingClient, type RecordedCall };

/** What the helpers below set up for one test, undone after it. */
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
});

/** The label of the export's progress ("500 / 1 337 personnes – Création du fichier… 40 %"), or '' when there is none. */
export function progressLabel(el: HabilEntitlementsReport): string {
  return text(shadow(el).querySelector('[part~="progress-panel"] label'));
}

/**
 * Every label the progress went through from now on, with the bar's value and max, in order
 * (recorded on each change of the widget's shadow root, so that none is missed).
 */
export function recordProgress(el: HabilEntitlementsReport): { label: string; value: number; max: number }[] {
  const seen: { label: string; value: number; max: number }[] = [];
  new MutationObserver(() => {
    const label = progressLabel(el);
    const bar = shadow(el).querySelector<HTMLProgressElement>('[part~="progress"]');
    const last = seen.at(-1);
    if (label && bar && (last?.label !== label || last.value !== bar.value)) seen.push({ label, value: bar.value, max: bar.max });
  }).observe(shadow(el), { subtree: true, childList: true, characterData: true, attributes: true });
  return seen;
}

/** The percentages "Création du fichier… N %" (or "Creating the file… N%") went through. */
export function buildPercentages(labels: { label: string }[]): number[] {
  return labels.flatMap(({ label }) => {
    const match = /(?:Création du fichier|Creating the file)… (\d+)\s?%/.exec(label);
    return match ? [Number(match[1])] : [];
  });
}

/** The text of the alert saying that the file is built in the page ('' when there is none). */
export function exportNotice(el: HabilEntitlementsReport): string {
  const alert = shadow(el).querySelector('[part~="export-notice"]');
  return alert ? `${text(shadow(alert).querySelector('[part="base"]'))} ${text(alert)}`.trim() : '';
}

/** The URL the widget starts its export worker from, as the page resolves it. */
export const WORKER_URL = new URL('/src/entitlements-report/export-worker.js', location.origin).href;

export interface RecordedWorker {
  url: string;
  terminated: boolean;
}

/**
 * Records the workers the page starts from now on (until the end of the test), their URL and
 * whether they were terminated. They are real workers: only `terminate()` is watched.
 */
export function recordWorkers(): RecordedWorker[] {
  const started: RecordedWorker[] = [];
  const Original = globalThis.Worker;
  class RecordingWorker extends Original {
    private readonly record: RecordedWorker;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.record = { url: String(url), terminated: false };
      started.push(this.record);
    }
    override terminate(): void {
      this.record.terminated = true;
      super.terminate();
    }
  }
  globalThis.Worker = RecordingWorker;
  cleanups.push(() => (globalThis.Worker = Original));
  return started;
}

/**
 * From now on (until the end of the test), starting a worker throws a SecurityError, as the
 * browser does for a worker script of another origin (a site serving its scripts from a CDN).
 */
export function refuseWorkers(): void {
  const Original = globalThis.Worker;
  globalThis.Worker = class {
    constructor() {
      throw new DOMException('Script at a cross-origin URL cannot be accessed from origin', 'SecurityError');
    }
  } as unknown as typeof Worker;
  cleanups.push(() => (globalThis.Worker = Original));
}

/** A file of another document (a frame) as a Blob of this one, for the readers. */
export async function ownBlob(blob: Blob): Promise<Blob> {
  return new Blob([await blob.arrayBuffer()], { type: blob.type });
}

export interface CspFrame {
  el: HabilEntitlementsReport;
  /** The URLs the page's policy refused, with the directive that refused them. */
  violations: string[];
}

/**
 * The widget in a page whose Content-Security-Policy refuses every worker (`worker-src 'none'`),
 * as some portals have it: a frame loads the kit itself, and the widget reads the reference
 * server through the test's client.
 */
export async function renderInCspFrame(lang: 'fr' | 'en' = 'fr'): Promise<CspFrame> {
  const frame = document.createElement('iframe');
  frame.title = 'CSP';
  frame.style.width = '1200px';
  frame.style.height = '800px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta http-equiv="Content-Security-Policy" content="worker-src 'none'"><title>CSP</title></head><body><main></main><script type="module" src="/src/entitlements-report/define.ts"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  cleanups.push(() => frame.remove());
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const violations: string[] = [];
  win.document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.effectiveDirective} ${event.blockedURI}`));
  await win.customElements.whenDefined('habil-entitlements-report');
  const el = win.document.createElement('habil-entitlements-report') as HabilEntitlementsReport;
  el.client = recordingClient().client;
  win.document.querySelector('main')!.append(el);
  await settled(el);
  return { el, violations };
}
