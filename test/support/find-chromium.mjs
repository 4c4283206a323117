// Finds a Chromium or Chrome for the tests, or explains how to get one.
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH || process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((path) => existsSync(path));
  if (found) return found;
  console.error(
    [
      '',
      'The tests run in a real Chromium or Chrome, and none was found.',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  macOS:          install Google Chrome, or brew install --cask chromium',
      '  elsewhere:      set CHROME_PATH to the browser executable, e.g. CHROME_PATH=/opt/chrome/chrome npm test',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

/**
 * The flags of a headless Chromium that measures or pictures a page: no sandbox (containers), no
 * GPU, and none of the browser's own network traffic (updates, sync) competing with the page.
 */
export const HEADLESS_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

/** Starts that Chromium through playwright-core (the scripts' and Node tests' browser). */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: findChromium(), args: HEADLESS_ARGS });
}
