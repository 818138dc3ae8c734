// Subscribe messages through the real SDK and the local cloud's WeChat side (which keeps the users'
// accepts, checks fields and answers 43101/47003 like WeChat): credits, the outbox, exactly-once
// delivery under concurrency and interruption, retries with backoff, and permanent errors.
import type { TemplateView } from '@shared/contract';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import { deliverMessages, LEASE_MS, MAX_ATTEMPTS } from '../src/jobs/deliverMessages';

const ADMIN = 'n-admin';
const SUCCESS = 'tmpl-booking_success';
let h: Harness;
let slot: string;
let person = 8000;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [{ openid: ADMIN, roles: [{ role: 'admin' }] }]);
  await makeVenue(h.call, ADMIN, 'v1');
  const r = await makeResource(h.call, ADMIN, 'v1', { perIdPerDay: 10 }, 'nr1');
  slot = await makeSlot(h.call, ADMIN, r, '2026-12-03T10:00:00+08:00', '2026-12-03T11:00:00+08:00', 500);
});
afterAll(() => h.close());
beforeEach(() => {
  h.faults.clear();
  h.outbox.clear();
  h.setNow('2026-12-01T08:00:00+08:00');
});

/** What a phone does on 允许: WeChat records the accept, and the mini-program tells the function. */
async function accept(openid: string, templateId: string, times = 1) {
  for (let i = 0; i < times; i++) {
    h.subscriptions.record(openid, { [templateId]: 'accept' });
    unwrap(
      await h.call(openid, 'notify.subscribed', {
        results: { [templateId]: 'accept', errMsg: 'requestSubscribeMessage:ok' },
      }),
    );
  }
}
const book = async (openid: string) =>
  unwrap(
    await h.call<{ id: string }>(openid, 'booking.create', {
      slotId: slot,
      attendeeIds: [await makeAttendee(h.call, openid, ++person)],
    }),
  );
const credits = async (openid: string, kind = 'booking_success') =>
  (await h.call<TemplateView[]>(openid, 'notify.templates', {}).then(unwrap)).find((t) => t.kind === kind)!.credits;
const messages = (openid: string) =>
  h.store.find('messages', { where: { openid } }) as {
    status: string;
    reason?: string;
    attempts: number;
    nextAttemptAt: number;
  }[];
const sentTo = (openid: string) => h.outbox.list().filter((m) => m.touser === openid);

test("notify.templates lists every kind with its template id, fields and the caller's credits", async () => {
  await accept('t1', SUCCESS);
  const templates = unwrap(await h.call<TemplateView[]>('t1', 'notify.templates', {}));
  expect(templates.map((t) => t.kind)).toEqual([
    'booking_success',
    'booking_reminder',
    'booking_changed',
    'waitlist_promoted',
    'approval_result',
    'lottery_result',
    'complaint_progress',
  ]);
  expect(templates[0]).toMatchObject({ templateId: SUCCESS, label: '预约成功通知', credits: 1 });
  expect(templates[0].fields).toContainEqual({ key: 'thing1', type: 'thing', label: '预约项目' });
  // Rejections and ids that are not ours give nothing.
  unwrap(await h.call('t1', 'notify.subscribed', { results: { [SUCCESS]: 'reject', 'someone-elses': 'accept' } }));
  expect(await credits('t1')).toBe(1);
});

test('two accepts → two messages; the third booking is in the inbox only', async () => {
  await accept('c1', SUCCESS, 2);
  for (let i = 0; i < 3; i++) await book('c1');
  await h.tick();
  const sent = sentTo('c1');
  expect(sent).toHaveLength(2);
  expect(sent[0]).toMatchObject({
    templateId: SUCCESS,
    page: expect.stringMatching(/^booking\/detail\/index\?bookingId=b/),
    data: { thing1: { value: 'VR飞行体验' }, time2: { value: '2026年12月3日 10:00' }, thing3: { value: '测试科技馆' } },
  });
  expect(await credits('c1')).toBe(0);
  const notices = unwrap(await h.call<{ kind: string }[]>('c1', 'notice.list', {}));
  expect(notices.filter((n) => n.kind === 'booked')).toHaveLength(3);
});

test('two deliveries at once send each message once and spend each credit once', async () => {
  await accept('d1', SUCCESS, 3);
  for (let i = 0; i < 3; i++) await book('d1');
  await Promise.all([deliverMessages.run(h.deps), deliverMessages.run(h.deps), deliverMessages.run(h.deps)]);
  expect(sentTo('d1')).toHaveLength(3);
  expect(messages('d1').map((m) => m.status)).toEqual(['sent', 'sent', 'sent']);
  expect(await credits('d1')).toBe(0);
});

test('a delivery that stops after sending may have begun is never sent again (at most once)', async () => {
  await accept('i1', SUCCESS, 2);
  await book('i1');
  // The mark after the send fails: the message stays leased, as if the function had died right there.
  h.faults.inject({ action: 'database.modifyDocument', collectionName: 'messages', skip: 2 });
  await deliverMessages.run(h.deps).catch(() => undefined);
  expect(sentTo('i1')).toHaveLength(1);
  h.setNow(new Date(Date.parse('2026-12-01T08:00:00+08:00') + LEASE_MS + 1).toISOString());
  await h.tick();
  await h.tick();
  expect(sentTo('i1')).toHaveLength(1);
  expect(messages('i1')[0]).toMatchObject({ status: 'unknown', reason: 'interrupted' });
  // Its credit was spent; the other one is still there.
  expect(await credits('i1')).toBe(1);
});

test('transient errors retry with backoff on the same credit; the permanent ones stop', async () => {
  await accept('r1', SUCCESS, 1);
  await book('r1');
  h.faults.inject({ action: 'openapi.subscribeMessage.send', errcode: -1 });
  h.faults.inject({ action: 'openapi.subscribeMessage.send', errcode: 45009 });
  await h.tick();
  expect(messages('r1')[0]).toMatchObject({
    status: 'queued',
    attempts: 1,
    nextAttemptAt: Date.parse('2026-12-01T08:01:00+08:00'),
  });
  h.setNow('2026-12-01T08:01:00+08:00');
  await h.tick();
  expect(messages('r1')[0]).toMatchObject({
    status: 'queued',
    attempts: 2,
    nextAttemptAt: Date.parse('2026-12-01T08:03:00+08:00'),
  });
  h.setNow('2026-12-01T08:02:59+08:00');
  await h.tick();
  expect(sentTo('r1')).toHaveLength(0);
  h.setNow('2026-12-01T08:03:00+08:00');
  await h.tick();
  expect(sentTo('r1')).toHaveLength(1);
  expect(messages('r1')[0]).toMatchObject({ status: 'sent', attempts: 2 });
  expect(await credits('r1')).toBe(0);

  // Always failing: given up after MAX_ATTEMPTS.
  await accept('r2', SUCCESS, 1);
  await book('r2');
  for (let i = 0; i < MAX_ATTEMPTS; i++) h.faults.inject({ action: 'openapi.subscribeMessage.send', errcode: -1 });
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    await h.tick();
    h.setNow(new Date(messages('r2')[0].nextAttemptAt).toISOString());
  }
  expect(messages('r2')[0]).toMatchObject({ status: 'failed', reason: 'gave_up', attempts: MAX_ATTEMPTS });

  // 43101: WeChat has no accept for this user (our count was wrong): no retry, and the count is reset.
  unwrap(await h.call('r3', 'notify.subscribed', { results: { [SUCCESS]: 'accept' } }));
  await book('r3');
  await h.tick();
  expect(messages('r3')[0]).toMatchObject({ status: 'failed', reason: 'no_subscription', attempts: 1 });
  expect(await credits('r3')).toBe(0);

  // 47003: a field WeChat refuses: no retry.
  await accept('r4', SUCCESS, 1);
  await book('r4');
  h.faults.inject({ action: 'openapi.subscribeMessage.send', errcode: 47003 });
  await h.tick();
  h.setNow('2026-12-01T09:00:00+08:00');
  await h.tick();
  expect(messages('r4')[0]).toMatchObject({ status: 'failed', reason: 'bad_field', attempts: 1 });
  expect(sentTo('r4')).toHaveLength(0);
});

test('reminders: the day before and 30 minutes before, once each, as subscribe messages while credits last', async () => {
  await accept('m1', 'tmpl-booking_reminder', 1);
  const booking = await book('m1');
  const reminders = async () =>
    (await h.call<{ kind: string }[]>('m1', 'notice.list', {}).then(unwrap)).filter((n) => n.kind === 'reminder')
      .length;
  h.setNow('2026-12-02T09:59:00+08:00');
  await h.tick();
  expect(await reminders()).toBe(0);
  h.setNow('2026-12-02T10:00:00+08:00');
  await Promise.all([h.tick(), h.tick()]);
  expect(await reminders()).toBe(1);
  expect(sentTo('m1').filter((m) => m.templateId === 'tmpl-booking_reminder')).toHaveLength(1);
  h.setNow('2026-12-03T09:29:00+08:00');
  await h.tick();
  expect(await reminders()).toBe(1);
  h.setNow('2026-12-03T09:30:00+08:00');
  await h.tick();
  await h.tick();
  expect(await reminders()).toBe(2);
  // The second reminder found no credit left: in the inbox only.
  expect(sentTo('m1').filter((m) => m.templateId === 'tmpl-booking_reminder')).toHaveLength(1);
  // A cancelled booking is not reminded.
  h.setNow('2026-12-01T08:00:00+08:00');
  await accept('m2', 'tmpl-booking_reminder', 2);
  const other = await book('m2');
  unwrap(await h.call('m2', 'booking.cancel', { bookingId: other.id }));
  h.setNow('2026-12-03T09:45:00+08:00');
  await h.tick();
  expect(
    (await h.call<{ kind: string }[]>('m2', 'notice.list', {}).then(unwrap)).filter((n) => n.kind === 'reminder'),
  ).toHaveLength(0);
  expect(booking.id).toBeTruthy();
});
