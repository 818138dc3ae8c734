// `npm start` as a user runs it, on a port and data directory of the test's own.
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import os from 'os';
import path from 'path';

export interface RunningCloud {
  url: string;
  stop(): Promise<void>;
}

/** Whether something already listens on the port: its /healthz would pass for ours, serving another build. */
const portTaken = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });

/** How long `npm start` may take to build H5 and the function and answer: minutes on a busy machine. */
export const NPM_START_MS = 420_000;
/** For a journey's beforeAll: npm start, then the browser. */
export const SET_UP_MS = NPM_START_MS + 60_000;

/** `npm start` on `port`; `env` adds to the environment (SEED, SETUP_CODE…), the demo seed by default. */
export async function startNpmStart(port: number, env: Record<string, string> = {}): Promise<RunningCloud> {
  if (await portTaken(port)) throw new Error(`port ${port} is already in use: stop what listens there first`);
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
  // npm start runs a chain of processes: end the whole group, also when it never became ready (else the
  // half-started cloud keeps the port and the next run's tests would talk to it).
  const stopGroup = async () => {
    if (child.pid) {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // ESRCH: every process of the group has ended already.
      }
      await exited;
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  const deadline = Date.now() + NPM_START_MS;
  for (;;) {
    if (child.exitCode !== null) {
      await stopGroup();
      throw new Error(`npm start exited:\n${log.join('')}`);
    }
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      await stopGroup();
      throw new Error(`npm start did not become ready:\n${log.join('')}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop: stopGroup };
}
