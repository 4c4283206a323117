/** What the tests of the packed package share: running a command, and a partner site with the package installed from its tarball. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

/** Runs a command and gives its output; when it fails, the error says the command and what it printed. */
export function run(command: string, args: string[], cwd: string): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}${stderr ?? ''}`, { cause: error });
  }
}

/**
 * Makes `site` a package of its own with the package of `packageDir` installed as npm would from
 * its tarball (`npm pack`, unpacked in node_modules/habil), beside the site's own copies of
 * `dependencies`: those the repo installed.
 */
export function installPacked(packageDir: string, site: string, dependencies: readonly string[]): void {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', site], packageDir).trim().split('\n').at(-1)!;
  const modules = join(site, 'node_modules');
  mkdirSync(join(modules, 'habil'), { recursive: true });
  run('tar', ['-xzf', join(site, tarball), '-C', join(modules, 'habil'), '--strip-components=1'], site);
  for (const name of dependencies) {
    if (!existsSync(join(ROOT, 'node_modules', name))) continue;
    if (name.includes('/')) mkdirSync(join(modules, name.split('/')[0]!), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
  }
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'partner-site', private: true, type: 'module' }));
}
