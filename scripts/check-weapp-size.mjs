#!/usr/bin/env node
// Main package size of the weapp build: every file of the build (dist/, or WEAPP_DIST as in config/index.ts)
// not under a subpackage root of its app.json.
// Warns above 600 KB; fails above 1,024 KB (WeChat refuses 2 MB; we keep well under it).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WARN_KB = 600;
const FAIL_KB = 1024;
const outputRoot = process.env.WEAPP_DIST ?? 'dist';
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', outputRoot);

if (!existsSync(path.join(dist, 'app.json'))) {
  console.error(`${outputRoot}/app.json not found: run \`npm run build:weapp\` first.`);
  process.exit(1);
}

const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8'));
const roots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/+$/, '') + '/');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* files(full);
    else yield full;
  }
}

let main = 0;
const perSub = Object.fromEntries(roots.map((r) => [r, 0]));
for (const file of files(dist)) {
  const rel = path.relative(dist, file).split(path.sep).join('/');
  // Source maps and license notes are not uploaded with the package.
  if (rel.endsWith('.map') || rel.endsWith('.LICENSE.txt')) continue;
  const size = statSync(file).size;
  const root = roots.find((r) => rel.startsWith(r));
  if (root) perSub[root] += size;
  else main += size;
}

const kb = (n) => (n / 1024).toFixed(1);
console.log(`main package: ${kb(main)} KB`);
for (const [root, size] of Object.entries(perSub)) console.log(`subpackage ${root}: ${kb(size)} KB`);

if (main > FAIL_KB * 1024) {
  console.error(`FAIL: main package is over ${FAIL_KB} KB`);
  process.exit(1);
}
if (main > WARN_KB * 1024) console.warn(`WARNING: main package is over ${WARN_KB} KB`);
