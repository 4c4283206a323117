/**
 * End-to-end figures of the exports of <habil-entitlements-report> in a real Chromium, over about
 * 10,000 persons: the demo portal (served by Vite) runs the reference server in the page with
 * ?accounts=N, acting as Émilie Benga (local administrator of CARSAT ALSACE-MOSELLE, about a
 * fifth of the generated accounts). Prints figures; asserts nothing.
 *
 *   npm run bench                               (after the other figures)
 *   node scripts/bench-exports.mjs 20000        another number of generated accounts
 *
 * For Excel and PDF, in the export worker and in the page (a Content-Security-Policy that
 * refuses the worker, added to the portal's page by the bench):
 * - the longest main-thread task (PerformanceObserver 'longtask'), while the pages are read
 *   (the demo's reference server answers in the page: that is the demo's cost, not the
 *   widget's) and while the file is made;
 * - the time from the click on « Annuler » (a real mouse click while the file is being made,
 *   from the input's timestamp) to the first frame painted without the progress panel;
 * - the time the file took and its size.
 */
import { startDemo, untilFirstRows } from './demo-server.mjs';

const accounts = Number(process.argv[2] ?? 45_000);
const TARGET_MS = 100;

const { base, browser, close } = await startDemo();

/** A page of the portal on the report, ready; `inPage`: its policy refuses the export worker (MSW's own worker stays allowed). */
async function openReport(inPage) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('crash', () => console.error('the page crashed'));
  if (inPage) {
    await page.route('**/*', async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': `worker-src ${base}mockServiceWorker.js` } });
    });
  }
  await page.addInitScript(() => {
    localStorage.setItem('habil-demo-persona', 'admin-carsat');
    localStorage.setItem('habil-demo-lang', 'fr');
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${base}?accounts=${accounts}#report`);
  await untilFirstRows(page, 'habil-entitlements-report', 300_000);
  await page.evaluate(() => {
    const el = document.querySelector('habil-entitlements-report');
    const root = el.shadowRoot;
    const label = () => root.querySelector('[part~="progress-panel"] label')?.textContent ?? '';
    window.__bench = {
      root,
      /** Runs one export to its file: when the reading ended and the file came, and the file. */
      run(format) {
        return new Promise((resolve) => {
          const t0 = performance.now();
          let read;
          const observer = new MutationObserver(() => {
            if (read === undefined && label().includes('Création du fichier')) read = performance.now();
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true });
          el.addEventListener(
            'habil-report-exported',
            (event) => {
              event.preventDefault();
              observer.disconnect();
              resolve({ t0, read, end: performance.now(), size: event.detail.blob.size, rows: event.detail.rows, notice: Boolean(root.querySelector('[part~="export-notice"].filled')) });
            },
            { once: true },
          );
          root.querySelector(`[data-format="${format}"]`).click();
        });
      },
      /**
       * Starts an export; once its file is being made past `percent`, watches « Annuler » and
       * resolves with the button's centre. `window.__cancelled` then resolves with the ms from
       * the pointerdown on it (the input's timestamp) to the first frame painted without the
       * panel, or undefined when the file came before the click.
       */
      startAndWait(format, percent) {
        return new Promise((resolve) => {
          let finished;
          el.addEventListener(
            'habil-report-exported',
            (event) => {
              event.preventDefault();
              finished?.();
            },
            { once: true },
          );
          const observer = new MutationObserver(() => {
            const match = /Création du fichier… (\d+)/.exec(label());
            if (!match || Number(match[1]) < percent) return;
            observer.disconnect();
            const cancel = root.querySelector('[part~="cancel-button"]');
            window.__cancelled = new Promise((answered) => {
              finished = () => answered(undefined);
              cancel.addEventListener(
                'pointerdown',
                (event) => {
                  const pressed = event.timeStamp;
                  const gone = new MutationObserver(() => {
                    if (root.querySelector('[part~="progress-panel"]')) return;
                    gone.disconnect();
                    requestAnimationFrame(() => setTimeout(() => answered(performance.now() - pressed)));
                  });
                  gone.observe(root, { subtree: true, childList: true });
                },
                { once: true },
              );
            });
            const box = cancel.getBoundingClientRect();
            resolve({ x: box.x + box.width / 2, y: box.y + box.height / 2 });
          });
          observer.observe(root, { subtree: true, childList: true, characterData: true });
          root.querySelector(`[data-format="${format}"]`).click();
        });
      },
    };
  });
  return page;
}

/** The longest of the long tasks (50 ms or more, the browser's threshold) that overlap [from, to]; 0 when none. */
const longest = (tasks, from, to) => Math.max(0, ...tasks.filter((t) => t.start + t.duration > from && t.start < to).map((t) => t.duration));
const task = (value) => (value === 0 ? 'none ≥ 50 ms' : `${value.toFixed(0)} ms`);
const ms = (value) => (value === undefined ? 'file came first' : `${value.toFixed(0)} ms`);
const size = (bytes) => (bytes > 1e6 ? `${(bytes / 1e6).toFixed(2)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);

const rows = [];
try {
  for (const inPage of [false, true]) {
    const page = await openReport(inPage);
    for (const format of ['xlsx', 'pdf']) {
      const run = await page.evaluate((f) => window.__bench.run(f), format);
      const tasks = await page.evaluate(() => window.__longTasks);
      // « Annuler » while the file is being made: a real click, as soon as the Excel file is begun, a fifth into the PDF.
      const { x, y } = await page.evaluate((f) => window.__bench.startAndWait(f, f === 'pdf' ? 20 : 0), format);
      await page.mouse.click(x, y);
      const cancel = await page.evaluate(() => window.__cancelled);
      rows.push({
        where: inPage ? (run.notice ? 'in the page (CSP)' : 'in the page?') : run.notice ? 'worker refused?' : 'export worker',
        format,
        persons: run.rows,
        reading: longest(tasks, run.t0, run.read),
        building: longest(tasks, run.read, run.end),
        file: run.end - run.read,
        size: run.size,
        cancel,
      });
    }
    await page.close();
  }
} finally {
  await close();
}

console.log(`\n<habil-entitlements-report> exports, ${accounts.toLocaleString('en')} generated accounts (Vite dev server, Chromium ${browser.version()}):`);
console.log(
  `${'built'.padEnd(18)} ${'file'.padEnd(5)} ${'persons'.padStart(8)} ${'longest task, reading'.padStart(22)} ${'longest task, making the file'.padStart(30)} ${'file made in'.padStart(13)} ${'size'.padStart(9)} ${'« Annuler » → painted'.padStart(22)}`,
);
for (const r of rows) {
  console.log(
    `${r.where.padEnd(18)} ${r.format.padEnd(5)} ${r.persons.toLocaleString('en').padStart(8)} ${task(r.reading).padStart(22)} ${task(r.building).padStart(30)} ${ms(r.file).padStart(13)} ${size(r.size).padStart(9)} ${ms(r.cancel).padStart(22)}`,
  );
}
console.log(`Targets: no main-thread task over ${TARGET_MS} ms while the file is made, « Annuler » answered within ${TARGET_MS} ms. The reading column is the demo's reference server, which runs in the page.`);
