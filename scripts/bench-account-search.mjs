/**
 * End-to-end figures of <habil-account-search> in a real Chromium, over 100,000 generated accounts:
 * the demo portal (served by Vite) runs the reference server in the page with ?accounts=N, acting
 * as Émilie Benga (local administrator of CARSAT ALSACE-MOSELLE). Prints figures; asserts nothing.
 *
 *   npm run bench                                   (after the server's own figures)
 *   node scripts/bench-account-search.mjs 20000     another size
 *
 * - Filter change → new page rendered: from the user's change (a radio, a select, "Chercher",
 *   a column header, "Suivant") to the table showing the rows of the new search, measured in
 *   the page (DOM updated, then the next frame painted). Typing waits 300 ms for a pause on
 *   purpose; the figures measure "Chercher", which does not wait.
 * - Bulk deactivation of 500 selected accounts: from the confirmation to the report, with every
 *   value the progress bar went through.
 */
import { startDemo, untilFirstRows } from './demo-server.mjs';

const size = Number(process.argv[2] ?? 100_000);
const RUNS = 25;
const TARGET_MS = 100;

const { base, browser, close } = await startDemo();

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.addInitScript(() => {
    localStorage.setItem('habil-demo-persona', 'admin-carsat');
    localStorage.setItem('habil-demo-lang', 'fr');
    localStorage.removeItem('habil-account-search.pageSize');
  });
  const started = performance.now();
  await page.goto(`${base}?accounts=${size}#accounts`);
  await untilFirstRows(page, 'habil-account-search', 120_000);
  console.log(`\n<habil-account-search>, ${size.toLocaleString('en')} generated accounts: page ready with its first results in ${(performance.now() - started).toFixed(0)} ms (Vite dev server, Chromium ${browser.version()}).`);

  // In the page: run one user action and time it until the table has the new rows (and a frame is painted).
  await page.evaluate(() => {
    const widget = () => document.querySelector('habil-account-search');
    const root = () => widget().shadowRoot;
    const table = () => root().querySelector('habil-data-table');
    window.__bench = {
      root,
      table,
      /** Resolves with [dom, painted] ms once the table has gone busy and come back with rows (undefined when nothing changed). */
      time(act) {
        return new Promise((resolve) => {
          let wentBusy = false;
          let t0 = 0;
          setTimeout(() => {
            if (!wentBusy) {
              observer.disconnect();
              resolve(undefined);
            }
          }, 1000);
          const observer = new MutationObserver(() => {
            if (table().hasAttribute('loading')) wentBusy = true;
            else if (wentBusy) {
              const dom = performance.now() - t0;
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => resolve([dom, performance.now() - t0])));
            }
          });
          observer.observe(table(), { attributes: true, attributeFilter: ['loading'] });
          t0 = performance.now();
          act();
        });
      },
      radio(name, label) {
        return [...root().querySelectorAll(`input[name="${name}"]`)].find((input) => input.closest('label').textContent.trim() === label);
      },
      select(name, value) {
        const select = root().querySelector(`habil-field[name="${name}"]`).shadowRoot.querySelector('select');
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      },
      type(name, value) {
        const input = root().querySelector(`habil-field[name="${name}"]`).shadowRoot.querySelector('input');
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      },
      search() {
        root().querySelector('[part~="search-button"]').click();
      },
      async reset() {
        const sort = table().shadowRoot.querySelector('th[aria-sort]');
        if (sort && (sort.textContent.trim() !== 'Nom' || sort.getAttribute('aria-sort') !== 'ascending')) {
          await this.time(() => table().shadowRoot.querySelectorAll('[part~="sort-button"]')[0].click());
        }
        await this.time(() => root().querySelector('[part~="reset-button"]').click());
      },
      total() {
        return root().querySelector('[part~="results-summary"]').textContent.trim();
      },
    };
  });

  /** Each case is a pair of actions run alternately, so that every run is a real change of criteria. */
  const cases = [
    ['"Compte : Inactif" / "Indifférent"', `b.radio('active', 'Inactif').click()`, `b.radio('active', 'Indifférent').click()`],
    ['"Avec ADD : Oui" / "Non"', `b.radio('add', 'Oui').click()`, `b.radio('add', 'Non').click()`],
    ['"Rôle sélectionné" Egap / Grève', `b.select('roleId', 'egap-guides')`, `b.select('roleId', 'greve-declaration')`],
    ['Nom "mar" / "du" + "Chercher"', `(b.type('nom', 'mar'), b.search())`, `(b.type('nom', 'du'), b.search())`],
    ['sort by e-mail / by name (header)', `b.table().shadowRoot.querySelectorAll('[part~="sort-button"]')[2].click()`, `b.table().shadowRoot.querySelectorAll('[part~="sort-button"]')[0].click()`],
    ['"Suivant" / "Précédent"', `b.table().shadowRoot.querySelector('[part~="next-button"]').click()`, `b.table().shadowRoot.querySelector('[part~="previous-button"]').click()`],
  ];
  const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  console.log(`\n${'filter change → new page rendered'.padEnd(42)} ${'median'.padStart(8)} ${'p95'.padStart(8)} ${'max'.padStart(8)}  (ms to the next painted frame, ${RUNS} runs; DOM update median in brackets)`);
  for (const [label, first, second] of cases) {
    const painted = [];
    const dom = [];
    // Every case starts from the whole organisme (about a fifth of the accounts), sorted by name, page 1.
    await page.evaluate(() => window.__bench.reset());
    for (let i = 0; i < RUNS + 2; i += 1) {
      const [d, p] = await page.evaluate((code) => {
        const b = window.__bench;
        return b.time(() => new Function('b', code)(b));
      }, i % 2 === 0 ? first : second);
      if (i >= 2) {
        painted.push(p);
        dom.push(d);
      }
    }
    painted.sort((a, b) => a - b);
    dom.sort((a, b) => a - b);
    console.log(
      `${label.padEnd(42)} ${quantile(painted, 0.5).toFixed(1).padStart(8)} ${quantile(painted, 0.95).toFixed(1).padStart(8)} ${painted.at(-1).toFixed(1).padStart(8)}  [${quantile(dom, 0.5).toFixed(1)}]`,
    );
  }
  console.log(`Target: under ${TARGET_MS} ms.`);

  // ---- bulk deactivation of 500 accounts ------------------------------------------------
  // Active non-ADD accounts whose name starts with "m" (never the acting person): 100 per page, 5 pages ticked.
  await page.evaluate(async () => {
    const b = window.__bench;
    b.radio('active', 'Actif').click();
    await b.time(() => b.radio('add', 'Non').click());
    await b.time(() => (b.type('nom', 'm'), b.search()));
    const size = b.table().shadowRoot.querySelector('[part~="page-size"]');
    await b.time(() => {
      size.value = '100';
      size.dispatchEvent(new Event('change'));
    });
    for (let page = 1; page <= 5; page += 1) {
      for (const box of b.table().shadowRoot.querySelectorAll('[part~="select-row"]')) box.click();
      if (page < 5) await b.time(() => b.table().shadowRoot.querySelector('[part~="next-button"]').click());
    }
  });
  const selection = await page.evaluate(() => window.__bench.root().querySelector('.selection-text').textContent.trim());
  const result = await page.evaluate(async () => {
    const b = window.__bench;
    const root = b.root();
    root.querySelector('[part~="bulk-button"][data-action="deactivate"]').click();
    // The dialog's module loads on first use: wait for the dialog open.
    const temporary = () => root.querySelector('#deactivation')?.shadowRoot?.querySelector('dialog[open] input[value="temporary"]');
    await new Promise((resolve) => {
      const wait = () => (temporary() ? resolve() : setTimeout(wait, 20));
      wait();
    });
    temporary().click();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const progress = [];
    let t0 = 0;
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const count = root.querySelector('[part~="bulk-count"]')?.textContent.trim();
        if (count && progress.at(-1)?.text !== count) progress.push({ text: count, at: Math.round(performance.now() - t0) });
        const report = root.querySelector('[part~="bulk-report"]');
        if (report) {
          observer.disconnect();
          resolve({ ms: performance.now() - t0, progress, report: report.querySelector('p').textContent.trim(), refused: report.querySelectorAll('tbody tr').length });
        }
      });
      observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['value'] });
      t0 = performance.now();
      root.querySelector('#deactivation').shadowRoot.querySelector('[part~="confirm-button"]').click();
    });
  });
  console.log(`\nBulk deactivation (temporary), ${selection}`);
  console.log(`  confirmation → report: ${result.ms.toFixed(0)} ms, in requests of 50 accounts`);
  console.log(`  progress bar went through ${result.progress.length} values: ${result.progress.map((p) => `${p.text} @${p.at} ms`).join(', ')}`);
  console.log(`  report: ${result.report}${result.refused ? ` (${result.refused} rows in the refusal table)` : ''}`);
} finally {
  await close();
}
