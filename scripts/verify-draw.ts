// `npm run verify-draw -- <slotId>`: recomputes a lottery's draw from what is published and shows it
// matches (docs/lottery.md §6). Talks to the cloud function over the local cloud's HTTP endpoint
// (VERIFY_URL, default http://127.0.0.1:8787).
import { checkDraw, type DrawCheck, type PublishedEntry } from '../shared/rules/lottery';
import type { LotteryEntriesPage, LotteryView } from '../shared/contract';

const base = process.env.VERIFY_URL ?? 'http://127.0.0.1:8787';

async function call<T>(action: string, data: unknown): Promise<T> {
  const res = await fetch(`${base}/api/call/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action, data }),
  });
  const { result } = (await res.json()) as { result: { ok: boolean; data?: T; error?: { message: string } } };
  if (!result.ok) throw new Error(result.error!.message);
  return result.data!;
}

export async function verifyDraw(slotId: string): Promise<DrawCheck & { entries: number; won: number }> {
  const lottery = await call<LotteryView>('lottery.get', { slotId });
  if (lottery.status !== 'drawn' || !lottery.seed) throw new Error('该抽签尚未开奖');
  const entries: PublishedEntry[] = [];
  let after: string | undefined;
  do {
    const page = await call<LotteryEntriesPage>('lottery.entries', { slotId, ...(after ? { after } : {}) });
    entries.push(...page.entries);
    after = page.next;
  } while (after);
  return {
    ...checkDraw({ ...lottery, seed: lottery.seed }, entries),
    entries: entries.length,
    won: entries.filter((e) => e.won).length,
  };
}

if (process.argv[1]?.endsWith('verify-draw.ts')) {
  const slotId = process.argv[2];
  if (!slotId) {
    console.error('usage: npm run verify-draw -- <slotId>');
    process.exit(2);
  }
  verifyDraw(slotId).then(
    (r) => {
      const mark = (ok: boolean) => (ok ? '✓' : '✗');
      console.log(`${mark(r.commitment)} sha256(seed) equals the commitment published before the draw`);
      console.log(`${mark(r.list)} the frozen list of ${r.entries} applications hashes to the published list hash`);
      console.log(`${mark(r.winners)} recomputing the draw gives the ${r.won} published winners`);
      const ok = r.commitment && r.list && r.winners;
      console.log(ok ? 'verified' : 'NOT VERIFIED');
      process.exit(ok ? 0 : 1);
    },
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
