/**
 * Writes openapi.json from the route table. With --check, fails when the committed file
 * differs from what the code describes, so the published contract cannot drift.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { buildOpenApi } from '../src/contract/openapi.js';

const file = new URL('../openapi.json', import.meta.url);
const text = JSON.stringify(buildOpenApi(), null, 2) + '\n';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    /* missing file: reported below */
  }
  if (current !== text) {
    console.error('openapi.json is out of date with src/contract: run `npm run contract` and commit it.');
    process.exit(1);
  }
  console.log('openapi.json matches src/contract.');
} else {
  writeFileSync(file, text);
  console.log(`openapi.json written (${Object.keys((JSON.parse(text) as { paths: object }).paths).length} paths).`);
}
