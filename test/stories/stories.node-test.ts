/**
 * Every story of Storybook, as a designer sees it, passes both accessibility engines of the
 * widget tests: axe and IBM Equal Access on its WCAG 2.1 rules (test/a11y/two-engines.ts).
 *
 * Storybook is built statically into a folder of this test and served; each story is opened on
 * its own (`iframe.html?id=…`), in Debian's Chromium. The sweep waits on Storybook's own events,
 * as @storybook/test-runner does: STORY_FINISHED comes after the render and the play function; an
 * exception of the story or of its play function fails the story. Then it waits for the page to
 * settle (no request in flight but those the reference server holds for ever, no Lit update
 * pending), and runs the engines on `#storybook-root` and the shadow roots under it.
 *
 * A finding where the markup is right and the engine wrong goes to allowed.ts, with its reason.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
// @ts-expect-error: the repo's script that finds Chromium has no types
import { findChromium } from '../support/find-chromium.mjs';
import { ALLOWED, type AllowedFinding } from './allowed.js';
import { isSettled, recordStory, runEngines, showStory, type Finding, type StoryRecord } from './in-page.js';

const ROOT = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const ENGINES = [require.resolve('axe-core/axe.min.js'), require.resolve('accessibility-checker-engine/ace.js')];
/** Pages open at once: the machine this runs on has 2 cores, shared. */
const PAGES = Math.max(1, Number(process.env.HABIL_STORY_PAGES ?? 2));
/** The cap of one story (the sweep waits on conditions; this only bounds a hang). */
const STORY_TIMEOUT = 30_000;

function run(command: string, args: string[]): void {
  try {
    execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
}

function describeFinding(finding: Finding): string {
  return `- ${finding.engine} ${finding.rule}: ${finding.message.replace(/\s+/g, ' ').trim()}\n    at ${finding.path}\n    ${finding.snippet.replace(/\s+/g, ' ').slice(0, 300)}`;
}

const allows = (entry: AllowedFinding, story: string, finding: Finding) => entry.story === story && entry.engine === finding.engine && entry.rule === finding.rule;

describe('the stories, after their play functions, in axe and IBM Equal Access', async () => {
  const out = mkdtempSync(join(tmpdir(), 'habil-stories-'));
  let stories: IndexEntry[];
  try {
    // The preview imports the Custom Elements Manifest, which `npm test` makes first (`npm run analyze`).
    if (!existsSync(join(ROOT, 'custom-elements.json'))) run('npx', ['cem', 'analyze', '--quiet']);
    run('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', out]);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: Record<string, IndexEntry> };
    stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
    assert.ok(stories.length > 0, `Storybook's index in ${out} lists no story`);
  } catch (error) {
    rmSync(out, { recursive: true, force: true });
    throw error;
  }

  let server: PreviewServer;
  let browser: Browser;
  let base: string;
  const idle: Page[] = [];
  const checked = new Map<string, Finding[]>();
  const uncaught = new WeakMap<Page, string[]>();

  before(async () => {
    server = await preview({ root: out, configFile: false, logLevel: 'silent', build: { outDir: out }, preview: { port: 0, host: '127.0.0.1' } });
    base = server.resolvedUrls!.local[0]!;
    browser = await chromium.launch({
      executablePath: findChromium(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  /**
   * Shows the story in a page of the pool (one per story running at once), and hands it over
   * once the story has settled. A page shows story after story, as the sidebar of Storybook
   * does, so the preview and the engines are loaded once per page; a page whose story failed is
   * closed, and the next story starts from a fresh one.
   */
  async function showSettled(story: IndexEntry): Promise<Page> {
    let page = idle.pop();
    if (page) {
      uncaught.set(page, []);
      await page.evaluate(showStory, story.id);
    } else {
      const fresh = await browser.newPage();
      page = fresh;
      uncaught.set(fresh, []);
      fresh.on('pageerror', (error) => uncaught.get(fresh)!.push(`uncaught in the page: ${error.stack ?? error.message}`));
      // tsx names the functions it compiles with esbuild's `__name`, which the page does not have.
      await page.addInitScript('globalThis.__name = (target) => target;');
      await page.addInitScript(recordStory);
      await page.goto(`${base}iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
    }
    try {
      await page.waitForFunction(isSettled, undefined, { polling: 'raf', timeout: STORY_TIMEOUT });
    } catch (error) {
      const record = await page.evaluate(() => globalThis.habilStory).catch(() => undefined);
      await page.close();
      throw new Error(`${story.id} did not settle within ${STORY_TIMEOUT / 1000} s: ${JSON.stringify(record)}`, { cause: error });
    }
    return page;
  }

  describe('each story', { concurrency: PAGES }, () => {
    for (const story of stories) {
      it(`${story.id} (${story.title} › ${story.name})`, { timeout: STORY_TIMEOUT + 10_000 }, async () => {
        const page = await showSettled(story);
        let healthy = false;
        try {
          const record: StoryRecord = await page.evaluate(() => globalThis.habilStory);
          const problems = [...record.errors, ...uncaught.get(page)!];
          if (record.status !== 'success' && problems.length === 0) problems.push(`Storybook says the story ended with "${record.status}"`);
          assert.deepEqual(problems, [], `${story.id} failed in Storybook:\n${problems.join('\n')}`);

          if (!(await page.evaluate(() => 'axe' in globalThis && 'ace' in globalThis))) for (const path of ENGINES) await page.addScriptTag({ path });
          const findings = await page.evaluate(runEngines);
          checked.set(story.id, findings);
          healthy = true;
          const left = findings.filter((finding) => !ALLOWED.some((entry) => allows(entry, story.id, finding)));
          assert.equal(left.length, 0, `${story.id}: ${left.length} finding(s)\n${left.map(describeFinding).join('\n')}`);
        } finally {
          if (healthy) idle.push(page);
          else await page.close();
        }
      });
    }
  });

  it('sees through the shadow roots: faults planted in a story are reported by both engines', async () => {
    const page = await showSettled(stories[0]!);
    try {
      if (!(await page.evaluate(() => 'axe' in globalThis && 'ace' in globalThis))) for (const path of ENGINES) await page.addScriptTag({ path });
      await page.evaluate(() => {
        const host = document.createElement('div');
        document.getElementById('storybook-root')!.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = '<input type="checkbox" name="a"><input type="checkbox" name="a"><label></label><button></button>';
      });
      const rules = new Set((await page.evaluate(runEngines)).map((finding) => `${finding.engine} ${finding.rule}`));
      for (const rule of ['axe label', 'axe button-name', 'ibm input_checkboxes_grouped', 'ibm label_content_exists']) assert.ok(rules.has(rule), `${rule} in ${[...rules].join(', ')}`);
    } finally {
      await page.close();
    }
  });

  it('keeps no entry in allowed.ts that matches nothing any more', () => {
    const stale = ALLOWED.filter((entry) => checked.has(entry.story) && !checked.get(entry.story)!.some((finding) => allows(entry, entry.story, finding)));
    assert.deepEqual(stale, [], 'allowed.ts names findings the sweep no longer makes: remove them');
    const unknown = ALLOWED.filter((entry) => !stories.some((story) => story.id === entry.story));
    assert.deepEqual(unknown, [], 'allowed.ts names stories Storybook does not have');
  });
});
