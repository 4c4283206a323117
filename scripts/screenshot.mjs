// Takes a screenshot of a page in the local Chromium, printing the page's console errors.
//   node scripts/screenshot.mjs URL OUT.png [--width 1280] [--height 900] [--full] [--click SELECTOR]... [--wait SELECTOR]
import { launchChromium } from '../test/support/find-chromium.mjs';

const [url, out, ...rest] = process.argv.slice(2);
const option = (name, fallback) => {
  const i = rest.indexOf(`--${name}`);
  return i >= 0 ? rest[i + 1] : fallback;
};
const clicks = rest.flatMap((arg, i) => (arg === '--click' ? [rest[i + 1]] : []));
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: Number(option('width', 1280)), height: Number(option('height', 900)) } });
page.on('console', (m) => m.type() === 'error' && console.log('console error:', m.text()));
page.on('pageerror', (e) => console.log('page error:', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const wait = option('wait');
if (wait) await page.waitForSelector(wait, { timeout: 15000 });
for (const selector of clicks) {
  await page.locator(selector).first().click();
  await page.waitForTimeout(300);
}
await page.waitForTimeout(500);
await page.screenshot({ path: out, fullPage: rest.includes('--full') });
await browser.close();
console.log(`screenshot: ${out}`);
