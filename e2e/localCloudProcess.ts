// `npm start` as a user runs it, on a port and data directory of the test's own.
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

export interface RunningCloud {
  url: string;
  stop(): Promise<void>;
}

/** `npm start` on `port`; `env` adds to the environment (SEED, SETUP_CODE…), the demo seed by default. */
export async function startNpmStart(port: number, env: Record<string, string> = {}): Promise<RunningCloud> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-e2e-'));
  const root = path.resolve(__dirname, '..');
  const log: string[] = [];
  // As a user's shell has it: jest's NODE_ENV=test would turn Taro's build into a dev build.
  const { NODE_ENV: _jest, ...shell } = process.env;
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: root,
    env: { ...shell, PORT: String(port), DATA_DIR: dataDir, SEED: 'demo', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log.join('')}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`npm start did not become ready:\n${log.join('')}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    async stop() {
      // npm start runs a chain of processes: end the whole group.
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
