/**
 * The export worker of <habil-entitlements-report> as a partner site gets it: the library is
 * built (into a folder of this test, not the repo's dist/), packed (`npm pack`), unpacked in a
 * fresh site beside its dependencies, and the site is built with Vite from there. The worker
 * must be a file of the site's build — never a `data:` or `blob:` URL, which a strict
 * Content-Security-Policy refuses — and an export in Chromium, under `worker-src 'self'`, must
 * make its file in that worker. Sizes are printed, never asserted.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
// @ts-expect-error: the repo's script that finds Chromium has no types
import { findChromium } from '../support/find-chromium.mjs';
import { installPacked, ROOT } from './site.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[]; dependencies: Record<string, string> };

let work: string;
let site: string;

/**
 * The page of the site: the widget with a client of its own (1,200 persons, a third without a
 * role: the workbook's files are over the 160 kB from which write-excel-file's zip library would
 * start workers from `blob:` URLs).
 */
const SITE_PAGE = `
import 'habil/entitlements-report';

const people = Array.from({ length: 1200 }, (_, i) => ({
  accountId: 'a' + i, nom: 'NOM' + String(i).padStart(4, '0'), prenom: 'Prénom', emailPro: 'personne' + i + '@exemple.fr', fonction: 'Agent', add: false,
  roles: i % 3 ? [{ roleId: 'r', roleLabel: 'Rôle ' + i, applicationName: 'Application' }] : [],
}));
const me = { organisme: { id: 'o', name: 'ORGANISME' }, actions: ['entitlements-report'], today: '2025-06-02' };
const client = {
  async call(name, args) {
    if (name === 'getMe') return me;
    const { page = 1, pageSize = 25 } = args.query;
    return { items: people.slice((page - 1) * pageSize, page * pageSize), total: people.length, page, pageSize };
  },
};
const report = document.createElement('habil-entitlements-report');
report.client = client;
report.addEventListener('habil-report-exported', (event) => {
  event.preventDefault();
  window.exported = { format: event.detail.format, rows: event.detail.rows, size: event.detail.blob.size, head: '' };
  event.detail.blob.slice(0, 4).text().then((head) => (window.exported.head = head));
});
document.body.append(report);
`;

describe('the export worker, in a site built from the packed package', () => {
  let assets: string;
  let builtJs: Record<string, string>;

  before(async () => {
    work = mkdtempSync(join(tmpdir(), 'habil-worker-'));
    // The package as `npm run build` makes it (its JavaScript; the types are another test's).
    const staging = join(work, 'package');
    mkdirSync(staging);
    for (const file of ['package.json', ...pkg.files.filter((name) => name !== 'dist')]) copyFileSync(join(ROOT, file), join(staging, file));
    await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: join(staging, 'dist'), emptyOutDir: true } });
    site = join(work, 'site');
    mkdirSync(site);
    installPacked(staging, site, [...Object.keys(pkg.dependencies), 'lit-html', 'lit-element', '@lit/reactive-element', 'fflate', '@babel/runtime', 'fast-png', 'iobuffer', 'pako']);
    writeFileSync(join(site, 'index.html'), '<!doctype html><html lang="fr"><head><title>Partenaire</title><link rel="icon" href="data:,"></head><body><script type="module" src="./main.js"></script></body></html>');
    writeFileSync(join(site, 'main.js'), SITE_PAGE);
    // The site's build, with Vite's defaults.
    await build({ root: site, configFile: false, logLevel: 'silent', build: { outDir: join(site, 'dist'), target: 'es2022' } });
    assets = join(site, 'dist', 'assets');
    builtJs = Object.fromEntries(
      readdirSync(assets)
        .filter((file) => file.endsWith('.js'))
        .map((file) => [file, readFileSync(join(assets, file), 'utf8')]),
    );
  });
  after(() => process.env.KEEP_SITE || rmSync(work, { recursive: true, force: true }));

  it('ships the worker as a module of dist/, started by a URL that bundlers follow', () => {
    const dist = join(site, 'node_modules/habil/dist/entitlements-report');
    const starter = readFileSync(join(dist, 'file-builder.js'), 'utf8');
    assert.match(starter, /new Worker\(new URL\("\.\/export-worker\.js", import\.meta\.url\), \{/);
    const worker = readFileSync(join(dist, 'export-worker.js'), 'utf8');
    assert.ok(worker.includes('from "./build-file.js"'), 'the worker is the kit\'s module, not a bundle');
    assert.ok(!/jsPDF\s*=|sharedStrings/.test(worker), 'no copy of jspdf or write-excel-file in it');
  });

  it('gets a worker file in the site\'s build: not a data: or blob: URL', () => {
    const starts = Object.entries(builtJs).flatMap(([file, code]) =>
      [...code.matchAll(/new Worker\(\s*(?:new URL\(\s*(?:\/\*[^*]*\*\/\s*)?)?("[^"]*"|'[^']*'|`[^`]*`|[\w$.]+)/g)].map((match) => ({ file, url: match[1]! })),
    );
    const kit = starts.filter(({ file }) => builtJs[file]!.includes('habil-export'));
    assert.equal(kit.length, 1, `one start of the export worker: ${JSON.stringify(starts)}`);
    const url = kit[0]!.url.slice(1, -1);
    assert.ok(!/^(data|blob):/.test(url), `the worker's URL: ${url}`);
    const workerFile = url.split('/').at(-1)!;
    assert.ok(builtJs[workerFile], `${workerFile} is a file of the build`);
    assert.match(builtJs[workerFile]!, /kind:\s*["'`]started["'`]/, 'it is the export worker');
    for (const [file, code] of Object.entries(builtJs)) {
      if (file !== workerFile) assert.ok(!code.includes('data:text/javascript'), `${file} starts no worker from a data: URL`);
    }
    const kb = (file: string) => `${(builtJs[file]!.length / 1024).toFixed(0)} KB`;
    console.log(`# The site's worker file ${workerFile}: ${kb(workerFile)} (with jsPDF and write-excel-file); the page's files: ${Object.keys(builtJs).filter((f) => f !== workerFile).map((f) => `${f} ${kb(f)}`).join(', ')}.`);
  });

  it('makes the Excel and PDF files in that worker in Chromium, under worker-src \'self\'', async () => {
    let server: PreviewServer | undefined;
    const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
    try {
      server = await preview({ root: site, configFile: false, logLevel: 'silent', build: { outDir: join(site, 'dist') }, preview: { port: 0, headers: { 'Content-Security-Policy': "worker-src 'self'" } } });
      const base = server.resolvedUrls!.local[0]!;
      const page = await browser.newPage();
      const workers: string[] = [];
      const errors: string[] = [];
      page.on('worker', (worker) => workers.push(worker.url()));
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(base);
      for (const format of ['xlsx', 'pdf'] as const) {
        await page.waitForFunction(() => document.querySelector('habil-entitlements-report')?.shadowRoot?.querySelector('[data-format]')?.getAttribute('aria-disabled') === 'false');
        await page.evaluate((f) => {
          (window as { exported?: unknown }).exported = undefined;
          document.querySelector('habil-entitlements-report')!.shadowRoot!.querySelector<HTMLElement>(`[data-format="${f}"]`)!.click();
        }, format);
        await page.waitForFunction(() => (window as { exported?: { head: string } }).exported?.head, undefined, { timeout: 60_000 });
        const exported = await page.evaluate(() => (window as { exported?: { format: string; rows: number; size: number; head: string } }).exported!);
        assert.deepEqual([exported.format, exported.rows], [format, 1200]);
        assert.equal(exported.head, format === 'xlsx' ? 'PK\u0003\u0004' : '%PDF');
        const notice = await page.evaluate(() => document.querySelector('habil-entitlements-report')!.shadowRoot!.querySelector('[part~="export-notice"]')!.className);
        assert.ok(!notice.includes('filled'), 'built in the worker: nothing to say');
        console.log(`# ${format}: 1,200 persons, ${(exported.size / 1024).toFixed(0)} KB.`);
      }
      assert.equal(workers.length, 2, `one worker per export: ${workers.join(', ')}`);
      assert.ok(workers.every((url) => url.startsWith(`${base}assets/`)), `the site's worker file: ${workers.join(', ')}`);
      assert.deepEqual(errors, []);
    } finally {
      await browser.close();
      await server?.close();
    }
  });
});
