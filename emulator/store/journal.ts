import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { decodeEJSON, encodeEJSON } from './ejson';
import type { Doc, Mutation } from './types';

// On disk a store is two files in its directory:
//   snapshot.jsonl  every document, one `{"c":collection,"d":doc}` per line, replaced atomically;
//   journal.jsonl   one line per committed operation since the snapshot: the array of its mutations.
// A journal line is written whole or cut short by a crash; replay ignores a trailing line without its
// newline, and since answers are sent only after their line is synced, that line was never acknowledged.
// Replaying puts and deletes of whole documents is idempotent, so a crash between writing a snapshot and
// emptying the journal only replays changes the snapshot already holds.

const SNAPSHOT = 'snapshot.jsonl';
const JOURNAL = 'journal.jsonl';
/** The journal is folded into a fresh snapshot once it grows past this. */
const COMPACT_AFTER_BYTES = 32 * 1024 * 1024;

export interface Journal {
  /** Resolves once the mutations are on disk. Call in commit order: lines are written in call order. */
  append(mutations: Mutation[]): Promise<void>;
  close(): Promise<void>;
}

export const memoryJournal: Journal = {
  append: () => Promise.resolve(),
  close: () => Promise.resolve(),
};

/**
 * Replays the directory's snapshot and journal through `apply`, then compacts them: `dump` must list
 * every document of the state that replay built (and, later, of the current state).
 */
export async function openJournal(
  dir: string,
  apply: (mutation: Mutation) => void,
  dump: () => Iterable<{ coll: string; doc: Doc }>,
): Promise<Journal> {
  await fsp.mkdir(dir, { recursive: true });
  for (const line of completeLines(await readIfExists(path.join(dir, SNAPSHOT)))) {
    const { c, d } = decodeEJSON(line, 0) as { c: string; d: Doc };
    apply({ coll: c, put: d });
  }
  for (const line of completeLines(await readIfExists(path.join(dir, JOURNAL)))) {
    for (const mutation of decodeEJSON(line, 0) as Mutation[]) apply(mutation);
  }
  const journal = new FileJournal(dir, dump);
  await journal.start();
  return journal;
}

/**
 * Group commit: every mutation appended while a write+fdatasync is in flight (or in the same tick) goes
 * out in the next single write+fdatasync, so a rush of N writes costs far fewer than N syncs.
 */
class FileJournal implements Journal {
  private file!: fsp.FileHandle;
  private size = 0;
  private queue: { line: string; done: () => void; failed: (error: unknown) => void }[] = [];
  private running: Promise<void> | undefined;
  private failure: unknown;

  constructor(
    private readonly dir: string,
    private readonly dump: () => Iterable<{ coll: string; doc: Doc }>,
  ) {}

  async start(): Promise<void> {
    await this.compact();
  }

  append(mutations: Mutation[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((done, failed) => {
      this.queue.push({ line: encodeEJSON(mutations) + '\n', done, failed });
      this.running ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.drain());
    });
  }

  async close(): Promise<void> {
    await this.running;
    await this.file.close();
  }

  private async drain(): Promise<void> {
    while (this.queue.length && !this.failure) {
      const batch = this.queue;
      this.queue = [];
      try {
        const bytes = Buffer.from(batch.map((entry) => entry.line).join(''));
        await this.file.write(bytes);
        await this.file.datasync();
        this.size += bytes.length;
        for (const entry of batch) entry.done();
        if (this.size > COMPACT_AFTER_BYTES) await this.compact();
      } catch (error) {
        // A failed sync leaves the file in an unknown state: refuse every later write rather than
        // acknowledge writes that might follow a hole.
        this.failure = error;
        for (const entry of [...batch, ...this.queue]) entry.failed(error);
        this.queue = [];
      }
    }
    this.running = undefined;
  }

  /**
   * Writes the current state as the snapshot (temp file, fsync, rename, fsync of the directory) and then
   * empties the journal. The snapshot text is built synchronously, so it is one consistent state; it may
   * include mutations still queued, which are then also written to the new journal (harmless: idempotent).
   */
  private async compact(): Promise<void> {
    const lines: string[] = [];
    for (const { coll, doc } of this.dump()) lines.push(encodeEJSON({ c: coll, d: doc }) + '\n');
    const temp = path.join(this.dir, SNAPSHOT + '.tmp');
    const snapshot = await fsp.open(temp, 'w');
    try {
      await snapshot.writeFile(lines.join(''));
      await snapshot.datasync();
    } finally {
      await snapshot.close();
    }
    await fsp.rename(temp, path.join(this.dir, SNAPSHOT));
    await syncDirectory(this.dir);
    await this.file?.close();
    this.file = await fsp.open(path.join(this.dir, JOURNAL), 'w');
    await this.file.datasync();
    this.size = 0;
  }
}

async function readIfExists(file: string): Promise<string> {
  try {
    return await fsp.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

/** Lines ended by a newline; a trailing fragment is a write the crash cut short. */
function completeLines(text: string): string[] {
  const lines = text.split('\n');
  lines.pop();
  return lines.filter((line) => line.length > 0);
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
