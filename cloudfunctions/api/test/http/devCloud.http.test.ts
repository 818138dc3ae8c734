// The local cloud's own promises: a frozen clock reaches the function, the timer jobs run on
// /__dev/tick, the demo seed fills an empty store only, and a restart keeps the data.
import fs from 'fs';
import os from 'os';
import path from 'path';
import { startLocalCloud } from '../../../../emulator/localCloud';
import { startHttpCloud } from './localCloud';
import { makeAttendee, unwrap } from '../fixtures';
import type { Envelope } from '@shared/errors';
import type { AttendeeView, MeView, VenueView } from '@shared/contract';

const callVia =
  (url: string) =>
  async <T>(openid: string | null, action: string, data?: unknown, requestId?: string): Promise<Envelope<T>> => {
    const res = await fetch(`${url}/api/call/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
      body: JSON.stringify({ action, data, requestId: requestId ?? `dev-${Math.random().toString(36).slice(2, 12)}` }),
    });
    return ((await res.json()) as { result: Envelope<T> }).result;
  };

test('/__dev/clock freezes the clock for the function; null frees it; bad input is refused', async () => {
  const t = await startHttpCloud();
  try {
    const freeze = (now: unknown) => t.post('/__dev/clock', { now });
    expect((await freeze('2027-03-01T10:00:00+08:00')).status).toBe(200);
    await makeAttendee(t.call, 'v', 1);
    const me = unwrap(await t.call<MeView>('v', 'user.me', {}));
    expect(me.privacyConsent?.at).toBe('2027-03-01T10:00:00+08:00');
    const health = (await (await fetch(`${t.cloud.url}/healthz`)).json()) as {
      ok: boolean;
      frozen: boolean;
      now: string;
    };
    expect(health).toMatchObject({ ok: true, frozen: true, now: '2027-03-01T02:00:00.000Z' });
    expect((await freeze('yesterday')).status).toBe(400);
    expect((await freeze(null)).status).toBe(200);
    expect(((await (await fetch(`${t.cloud.url}/healthz`)).json()) as { frozen: boolean }).frozen).toBe(false);
  } finally {
    await t.close();
  }
});

test('/__dev/tick runs the timer jobs until none reports work: old request records are purged', async () => {
  const t = await startHttpCloud();
  try {
    await t.post('/__dev/clock', { now: '2027-03-01T10:00:00+08:00' });
    await makeAttendee(t.call, 'v', 2);
    expect(t.cloud.store.count('requests', {})).toBe(1);
    await t.post('/__dev/clock', { now: '2027-03-09T10:00:00+08:00' });
    const { rounds } = (await (await t.post('/__dev/tick', {})).json()) as { rounds: { more: boolean }[] };
    expect(rounds.map((r) => r.more)).toEqual([true, false]);
    expect(t.cloud.store.count('requests', {})).toBe(0);
    // A timer-shaped payload from a client does not run jobs: it is just an unknown action.
    const forged = await t.post('/api/call/api', { Type: 'Timer', TriggerName: 'jobs' });
    expect(((await forged.json()) as { result: unknown }).result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
  } finally {
    await t.close();
  }
});

test('/__dev/outbox starts empty; /__dev/users lists the demo users', async () => {
  const t = await startHttpCloud();
  try {
    expect(await (await fetch(`${t.cloud.url}/__dev/outbox`)).json()).toEqual([]);
    const users = (await (await fetch(`${t.cloud.url}/__dev/users`)).json()) as { openid: string }[];
    expect(users.map((u) => u.openid)).toEqual([
      'demo-visitor-1',
      'demo-visitor-2',
      'demo-staff-1',
      'demo-handler-1',
      'demo-manager-1',
      'demo-admin-1',
    ]);
  } finally {
    await t.close();
  }
});

test('demo seed fills an empty store once; a restart keeps the data and the key', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'venue-cloud-'));
  try {
    const first = await startLocalCloud({ dataDir, seed: 'demo', instances: 2 });
    const venues = unwrap(await callVia(first.url)<VenueView[]>(null, 'venue.list', {}));
    expect(venues[0]).toMatchObject({ id: 'venue-museum', kind: 'museum' });
    expect(venues.map((v) => v.kind)).toEqual(['museum', 'culture_center', 'scenic_area', 'company']);
    const slotsBefore = first.store.count('slots', {});
    const added = unwrap(
      await callVia(first.url)<AttendeeView>('demo-visitor-1', 'attendee.add', {
        name: '赵六',
        phone: '13700000000',
        idType: 'passport',
        idNumber: 'E99887766',
        consent: true,
      }),
    );
    await first.close();

    const second = await startLocalCloud({ dataDir, seed: 'demo', instances: 2 });
    try {
      expect(second.store.count('slots', {})).toBe(slotsBefore);
      const list = unwrap(await callVia(second.url)<AttendeeView[]>('demo-visitor-1', 'attendee.list', {}));
      expect(list).toEqual([added]);
    } finally {
      await second.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}, 60_000);
