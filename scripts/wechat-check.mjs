#!/usr/bin/env node
// WeChat's own checks on the weapp build, offline: the compiler (ci.getCompiledResult) and the
// devtools' code-quality checks (ci.checkCodeQuality). Exits 1 if the compile fails or any check fails.
// miniprogram-ci lives in .ci/quality (cd .ci/quality && npm install); build dist/ first (npm run build:weapp).
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const qualityDir = path.join(root, '.ci/quality');

function loadCi() {
  try {
    return createRequire(path.join(qualityDir, 'package.json'))('miniprogram-ci');
  } catch {
    console.error('miniprogram-ci is not installed: run `npm install` in .ci/quality first.');
    process.exit(1);
  }
}

const config = JSON.parse(readFileSync(path.join(root, 'project.config.json'), 'utf8'));
if (!existsSync(path.join(root, config.miniprogramRoot, 'app.json'))) {
  console.error(`${config.miniprogramRoot}app.json not found: run \`npm run build:weapp\` first.`);
  process.exit(1);
}

const ci = loadCi();
const project = new ci.Project({
  appid: config.appid,
  type: 'miniProgram',
  projectPath: root,
  privateKey: 'any',
  attr: async () => ({ platform: false, appType: 0, isSandbox: false, released: false, setting: {}, gameApp: false }),
});

let failed = false;
const out = mkdtempSync(path.join(os.tmpdir(), 'wechat-compile-'));
try {
  const files = await ci.getCompiledResult(
    { project, version: '0.0.0', setting: { useProjectConfig: true } },
    path.join(out, 'compiled.zip'),
  );
  console.log(`PASS compile: WeChat's compiler built ${Object.keys(files).length} files`);
} catch (e) {
  failed = true;
  console.log(`FAIL compile: ${e instanceof Error ? e.message : String(e)}`);
} finally {
  rmSync(out, { recursive: true, force: true });
}

const checks = await ci.checkCodeQuality(project);
for (const c of checks) {
  if (!c.success) failed = true;
  console.log(
    `${c.success ? 'PASS' : 'FAIL'} ${c.name}: ${c.text ?? ''}${!c.success && c.detail ? `\n     ${JSON.stringify(c.detail)}` : ''}`,
  );
}
const passed = checks.filter((c) => c.success).length;
console.log(`code quality: ${passed}/${checks.length} checks passed`);
process.exit(failed ? 1 : 0);
