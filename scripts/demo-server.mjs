// The demo portal served by Vite for a script that drives it in Chromium (the benches): no file
// watching and no hot reload, since a file saved meanwhile would reload the page in the middle
// of a measure.
import { createServer } from 'vite';
import { launchChromium } from '../test/support/find-chromium.mjs';

/** The portal on a free port, and a Chromium; `close()` stops both. */
export async function startDemo() {
  const vite = await createServer({
    configFile: new URL('../vite.config.ts', import.meta.url).pathname,
    logLevel: 'error',
    server: { port: 0, open: false, hmr: false, watch: null },
  });
  await vite.listen();
  const browser = await launchChromium();
  return {
    base: vite.resolvedUrls.local[0],
    browser,
    close: async () => {
      await browser.close();
      await vite.close();
    },
  };
}

/** Waits until the first `<habil-data-table>` of the widget `tag` in `page` shows rows of its own (not only the loading row). */
export async function untilFirstRows(page, tag, timeout) {
  await page.waitForFunction(
    (widget) => {
      const table = document.querySelector(widget)?.shadowRoot?.querySelector('habil-data-table');
      return table && !table.hasAttribute('loading') && table.shadowRoot.querySelectorAll('tbody tr').length > 1;
    },
    tag,
    { timeout },
  );
}
