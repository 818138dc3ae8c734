// A lottery through the local cloud: applications from many visitors, the timer draws at drawAt, and
// the verification script recomputes the draw from what is published.
import { execFile } from 'child_process';
import { promisify } from 'util';
import path from 'path';
import { startHttpCloud, type HttpCloud } from './localCloud';
import { makeAttendee, makeVenue, unwrap } from '../fixtures';
import type { LotteryView, SlotView } from '@shared/contract';

const ADMIN = 'admin-1';
let t: HttpCloud;

beforeAll(async () => {
  t = await startHttpCloud([{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
});
afterAll(() => t.close());

test('the timer draws at drawAt, and `npm run verify-draw` verifies it', async () => {
  await t.post('/__dev/clock', { now: '2026-12-01T08:00:00+08:00' });
  await makeVenue(t.call, ADMIN);
  unwrap(
    await t.call(ADMIN, 'admin.resource.upsert', {
      id: 'lot',
      venueId: 'v1',
      name: '抽签讲座',
      kind: 'event',
      mode: 'slot',
      allocation: 'lottery',
    }),
  );
  const slot = unwrap(
    await t.call<SlotView>(ADMIN, 'admin.slot.create', {
      resourceId: 'lot',
      start: '2026-12-05T14:00:00+08:00',
      end: '2026-12-05T15:00:00+08:00',
      capacity: 10,
      closesAt: '2026-12-04T20:00:00+08:00',
      drawAt: '2026-12-04T20:30:00+08:00',
    }),
  );
  await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const a = await makeAttendee(t.call, `lv${i}`, 300 + i);
      unwrap(await t.call(`lv${i}`, 'lottery.apply', { slotId: slot.id, attendeeIds: [a] }));
    }),
  );
  await t.post('/__dev/clock', { now: '2026-12-04T20:29:00+08:00' });
  await t.post('/__dev/tick', {});
  expect(unwrap(await t.call<LotteryView>(null, 'lottery.get', { slotId: slot.id })).status).toBe('closed');
  await t.post('/__dev/clock', { now: '2026-12-04T20:30:00+08:00' });
  await t.post('/__dev/tick', {});
  const drawn = unwrap(await t.call<LotteryView>(null, 'lottery.get', { slotId: slot.id }));
  expect(drawn).toMatchObject({ status: 'drawn', applicants: 40, winners: 10 });

  // Asynchronously: the script calls the local cloud that this very process hosts.
  const { stdout: out } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', path.resolve(__dirname, '../../../../scripts/verify-draw.ts'), slot.id],
    {
      env: { ...process.env, VERIFY_URL: t.cloud.url },
      encoding: 'utf8',
    },
  );
  expect(out).toContain('✓ recomputing the draw gives the 10 published winners');
  expect(out.trim().split('\n').at(-1)).toBe('verified');
  await t.post('/__dev/clock', { now: null });
}, 120_000);
