/**
 * The package as a partner site gets it: built, packed (`npm pack`), unpacked in a fresh folder
 * beside its dependencies, then type-checked and bundled from there — never through the repo's
 * own sources. Sizes are printed (figures), never asserted.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { installPacked, ROOT, run } from './site.js';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; dependencies: Record<string, string> };
const WIDGETS = Object.keys(pkg.exports)
  .map((key) => key.slice(2))
  .filter((name) => name && !name.includes('.') && name !== 'define' && name !== 'contract');
// TypeBox marks every schema with this symbol: its presence means a schema library was bundled.
const TYPEBOX_MARK = 'TypeBox.Kind';

let site: string;

/** Bundles one page of the site for production: all its JavaScript (minified), and what the page loads up front (not the lazy chunks). */
async function bundle(name: string, code: string): Promise<{ all: string; upFront: string }> {
  const dir = join(site, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  writeFileSync(join(dir, 'main.js'), code);
  await build({ root: dir, configFile: false, logLevel: 'silent', build: { outDir: join(dir, 'dist'), target: 'es2022' } });
  const assets = join(dir, 'dist', 'assets');
  const read = (f: string) => readFileSync(join(assets, f), 'utf8');
  const html = readFileSync(join(dir, 'dist', 'index.html'), 'utf8');
  const loaded = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  return { all: readdirSync(assets).filter((f) => f.endsWith('.js')).map(read).join('\n'), upFront: loaded.map(read).join('\n') };
}

/** The code names this tag as a string (any quotes: minifiers pick them). */
const namesTag = (code: string, tag: string) => new RegExp(`["'\`]${tag}["'\`]`).test(code);

const kb = (text: string) => `${(gzipSync(text).length / 1024).toFixed(1)} KB gzip`;

describe('the packed package, in a fresh site', () => {
  before(() => {
    run('npm', ['run', 'build'], ROOT);
    site = mkdtempSync(join(tmpdir(), 'habil-site-'));
    installPacked(ROOT, site, [...Object.keys(pkg.dependencies), 'lit-html', 'lit-element', '@lit/reactive-element']);
  });
  after(() => process.env.KEEP_SITE || rmSync(site, { recursive: true, force: true }));

  for (const resolution of ['bundler', 'nodenext'] as const) {
    it(`type-checks a strict TypeScript site (moduleResolution ${resolution}): entries, tags and events typed`, () => {
      const dir = join(site, `types-${resolution}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            strict: true,
            target: 'es2022',
            module: resolution === 'bundler' ? 'esnext' : 'nodenext',
            moduleResolution: resolution,
            lib: ['es2022', 'dom', 'dom.iterable'],
            noEmit: true,
            skipLibCheck: false,
            types: [],
          },
          include: ['site.ts'],
        }),
      );
      writeFileSync(
        join(dir, 'site.ts'),
        `import { createFetchClient, describeRequest, ENDPOINTS, type AccountSummary, type HabilClient } from 'habil';
import { HabilMyAccess } from 'habil/my-access';
import { HabilMyProfile } from 'habil/my-profile';
import { HabilAccountSearch } from 'habil/account-search';
// @ts-expect-error: the kit's internals and parts are not in its root entry
import { HabilBaseElement } from 'habil';
// @ts-expect-error: the kit's internals and parts are not in its root entry
import { HabilDataTable } from 'habil';
// @ts-expect-error: the kit's internals and parts are not in its root entry
import { defineElement } from 'habil';
import 'habil/pending-requests';

const client: HabilClient = createFetchClient({ baseUrl: '/api' });
const search = document.createElement('habil-account-search');
search.client = client;
const mine: HabilMyAccess = document.createElement('habil-my-access');
const profile: HabilMyProfile = document.createElement('habil-my-profile');
profile.addEventListener('habil-profile-updated', (event) => console.log(event.detail.profile.version, event.detail.changes.phone));
document.addEventListener('habil-request-decided', (event) => {
  const id: string = event.detail.request.id;
  // @ts-expect-error: the detail is typed, so a field it does not have is an error
  console.log(id, event.detail.notAField);
});
const row: AccountSummary | undefined = undefined;
console.log(mine, profile, row, ENDPOINTS.getMe.path, describeRequest('getMe', {}).method, search instanceof HabilAccountSearch, HabilBaseElement, HabilDataTable, defineElement);
`,
      );
      run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
    });
  }

  it('does not ship its dependencies: they are the site\'s to resolve', () => {
    const dist = join(site, 'node_modules/habil/dist');
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const code = files.map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
    for (const name of Object.keys(pkg.dependencies)) assert.ok(code.includes(`from "${name}`), `dist imports ${name} rather than containing it`);
    assert.ok(!/jsPDF\s*=|html2canvas|DOMPurify\s*=/.test(code), 'no copy of jspdf, html2canvas or dompurify in dist');
  });

  it('ships a manifest of the public API with paths into dist/, and editor data made from it', () => {
    const installed = join(site, 'node_modules/habil');
    type Member = { name: string; privacy?: string };
    type Declaration = { tagName?: string; members?: Member[]; events?: { name: string; type?: { text: string } }[]; attributes?: { name: string }[] };
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')) as { modules: { path: string; declarations: Declaration[] }[] };
    const elements = manifest.modules.flatMap((m) => m.declarations);
    for (const mod of manifest.modules) assert.ok(existsSync(join(installed, mod.path)), `${mod.path} is in the package`);
    for (const widget of WIDGETS) assert.ok(elements.some((d) => d.tagName === `habil-${widget}`), `<habil-${widget}> is described`);
    for (const d of elements) {
      for (const m of d.members ?? []) assert.ok((m.privacy ?? 'public') === 'public' && !m.name.startsWith('_'), `${d.tagName}: ${m.name} is public`);
      for (const e of d.events ?? []) assert.ok(e.type?.text, `${d.tagName}: ${e.name} has a detail type`);
    }
    const decided = elements.find((d) => d.tagName === 'habil-pending-requests')!.events!.find((e) => e.name === 'habil-request-decided')!;
    assert.equal(decided.type!.text, 'CustomEvent<RequestDecidedDetail>');

    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { 'web-types': string; customElements: string };
    const webTypes = JSON.parse(readFileSync(join(installed, installedPkg['web-types']), 'utf8')) as { contributions: { html: { elements: { name: string }[] } } };
    const vscode = JSON.parse(readFileSync(join(installed, 'vscode.html-custom-data.json'), 'utf8')) as { tags: { name: string; attributes: { name: string }[] }[] };
    for (const widget of WIDGETS) {
      assert.ok(webTypes.contributions.html.elements.some((e) => e.name === `habil-${widget}`), `web-types name <habil-${widget}>`);
      assert.ok(vscode.tags.some((t) => t.name === `habil-${widget}`), `VS Code's data name <habil-${widget}>`);
    }
    const search = vscode.tags.find((t) => t.name === 'habil-account-search')!;
    assert.ok(search.attributes.some((a) => a.name === 'active'), 'VS Code completes <habil-account-search active>');
  });

  it('loads one widget alone: its tag only, and no schema library', async () => {
    const sizes: string[] = [];
    for (const widget of WIDGETS) {
      const { all, upFront } = await bundle(`alone-${widget}`, `import 'habil/${widget}';`);
      assert.ok(namesTag(upFront, `habil-${widget}`), `habil/${widget} registers <habil-${widget}>`);
      for (const other of WIDGETS) if (other !== widget) assert.ok(!namesTag(all, `habil-${other}`), `habil/${widget} does not register <habil-${other}>`);
      assert.ok(!all.includes(TYPEBOX_MARK), `habil/${widget} carries no schema library`);
      sizes.push(`${widget} ${kb(upFront)}${all.length > upFront.length ? ` (+${kb(all.slice(upFront.length))} on demand)` : ''}`);
    }
    const everything = await bundle('all', `import 'habil/define';`);
    assert.ok(!everything.all.includes(TYPEBOX_MARK), 'habil/define carries no schema library');
    const client = await bundle('client', `import { createFetchClient } from 'habil'; console.log(createFetchClient({ baseUrl: '/api' }));`);
    assert.ok(!client.all.includes(TYPEBOX_MARK), 'the client carries no schema library');
    assert.ok(!client.all.includes('customElements.define'), 'the root entry registers no tag');
    console.log(`# Up front, minified with lit and up-fetch: ${sizes.join(', ')}; all tags ${kb(everything.upFront)}; the client alone ${kb(client.upFront)}.`);
  });
});
