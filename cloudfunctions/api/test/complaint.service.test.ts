// The complaint loop with a fixed Asia/Shanghai clock: every step and its refusals, the reopen loop,
// offline complainants, the no-answer close, SLA deadlines, escalation exactly once per breach (with
// two runs at once), and who may see what.
import type { ActionInput, ActionName, ComplaintView, MeView, NoticeView } from '@shared/contract';
import { toIso } from '@shared/time';
import { startHarness, seedUsers, type Harness } from './harness';
import { makeAttendee, makeResource, makeSlot, makeVenue, unwrap } from './fixtures';
import { escalateComplaints } from '../src/jobs/complaints';

const ADMIN = 'c-admin';
const DESK = 'c-desk';
const EXH = 'c-handler-exh';
const GUIDE = 'c-handler-guide';
const STAFF = 'c-staff';
let h: Harness;
let n = 0;

beforeAll(async () => {
  h = await startHarness('2026-12-01T08:00:00+08:00');
  await seedUsers(h.store, [
    { openid: ADMIN, roles: [{ role: 'admin' }] },
    { openid: DESK, roles: [{ role: 'manager' }] },
    { openid: EXH, roles: [{ role: 'handler', departmentId: 'dept-exhibition' }] },
    { openid: GUIDE, roles: [{ role: 'handler', departmentId: 'dept-guide' }] },
    { openid: STAFF, roles: [{ role: 'staff', venueId: 'v1' }] },
  ]);
  await makeVenue(h.call, ADMIN, 'v1');
  const departments: ActionInput<'admin.department.upsert'>[] = [
    { id: 'dept-desk', name: '客服中心', categories: [], receiving: true },
    { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'], order: 1 },
    { id: 'dept-guide', name: '讲解部', categories: ['guide'], order: 2 },
  ];
  for (const d of departments) unwrap(await h.call(ADMIN, 'admin.department.upsert', d));
});
afterAll(() => h.close());
beforeEach(() => h.setNow('2026-12-01T09:00:00+08:00'));

type Result = Awaited<ReturnType<Harness['call']>>;
const ok = (e: Result) => unwrap(e as never) as ComplaintView;
const code = (e: Result) => (e.ok ? 'ok' : e.error.code);
const act = <A extends ActionName>(openid: string, action: A, data: ActionInput<A>) =>
  h.call<ComplaintView>(openid, action, data, `rq-${++n}-${Math.random().toString(36).slice(2, 10)}`);
const file = async (openid = 'v1', extra: Record<string, unknown> = {}) =>
  ok(
    await act(openid, 'complaint.create', {
      category: 'exhibit',
      content: '展品“磁悬浮列车”无法演示，等了二十分钟',
      contact: '13912345678',
      ...extra,
    }),
  );
const notices = (openid: string) => h.call<NoticeView[]>(openid, 'notice.list', {}).then(unwrap);
const kinds = (c: ComplaintView) => c.timeline.map((e) => e.kind);

test('the full loop with a reopen: each step by its own role, deadlines from the seed, an append-only timeline', async () => {
  const c = await file();
  // The answer of a mutating action is stored for retries: the contact in it is masked.
  expect(c).toMatchObject({
    status: 'received',
    channel: 'miniprogram',
    online: true,
    reopens: 0,
    contact: '139****5678',
  });
  expect(c.deadline).toMatchObject({
    step: 'route',
    due: '2026-12-01T09:10:00+08:00',
    breached: false,
    leftMs: 10 * 60_000,
  });
  // Told at once when to expect an answer: every step of a general complaint on time (3 h 20 min).
  const [received] = await notices('v1');
  expect(received).toMatchObject({ kind: 'complaint_received' });
  expect(received.body).toContain('12月1日 12:20');

  h.setNow('2026-12-01T09:05:00+08:00');
  let x = ok(
    await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'general' }),
  );
  expect(x).toMatchObject({ status: 'routed', departmentName: '展览部', complexity: 'general' });
  expect(x.deadline).toMatchObject({ step: 'propose', due: '2026-12-01T11:05:00+08:00' });
  expect((await notices(EXH)).map((m) => m.kind)).toEqual(['complaint_routed']);

  h.setNow('2026-12-01T10:00:00+08:00');
  x = ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '检修磁悬浮展项的电源模块' }));
  expect(x.deadline).toMatchObject({ step: 'resolve', due: '2026-12-01T11:00:00+08:00' });
  x = ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '已更换电源模块，展项恢复演示' }));
  expect(x.deadline).toMatchObject({ step: 'reply', due: '2026-12-01T10:10:00+08:00' });
  // The department sees the contact masked; the desk and the complainant in full, by complaint.get.
  expect(x.contact).toBe('139****5678');
  expect(ok(await act(EXH, 'complaint.get', { complaintId: c.id })).contact).toBe('139****5678');
  expect(ok(await act(DESK, 'complaint.get', { complaintId: c.id })).contact).toBe('13912345678');
  expect(ok(await act('v1', 'complaint.get', { complaintId: c.id })).contact).toBe('13912345678');
  x = ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
  expect(x.status).toBe('replied');
  expect(x.timeline.at(-1)).toMatchObject({ kind: 'replied', text: '已更换电源模块，展项恢复演示' });
  expect(x.deadline).toMatchObject({ step: 'confirm', due: '2026-12-08T10:00:00+08:00' });
  expect((await notices('v1')).map((m) => m.kind)).toContain('complaint_replied');

  // Not satisfied: back to the same department, counted, a new solution deadline.
  h.setNow('2026-12-01T12:00:00+08:00');
  x = ok(await act('v1', 'complaint.confirm', { complaintId: c.id, satisfied: false, comment: '仍然时好时坏' }));
  expect(x).toMatchObject({ status: 'reopened', reopens: 1, satisfied: false, departmentId: 'dept-exhibition' });
  expect(x.deadline).toMatchObject({ step: 'propose', due: '2026-12-01T14:00:00+08:00' });
  ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '更换整套控制板' }));
  ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '控制板已更换，连续测试两小时正常' }));
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id, text: '展项已彻底修复，欢迎再来体验' }));

  // Satisfied on Thursday 3 Dec: the follow-up is due by the end of Tuesday 8 Dec (Fri, Mon, Tue).
  h.setNow('2026-12-03T16:00:00+08:00');
  x = ok(await act('v1', 'complaint.confirm', { complaintId: c.id, satisfied: true }));
  expect(x).toMatchObject({ status: 'satisfied', satisfied: true, mine: true });
  // The follow-up is the desk's deadline: the desk sees it, the complainant is not shown it.
  expect(x.deadline).toBeUndefined();
  x = ok(await act(DESK, 'complaint.get', { complaintId: c.id }));
  expect(x.mine).toBe(false);
  expect(x.deadline).toMatchObject({ step: 'followUp', due: '2026-12-09T00:00:00+08:00', calendarKnown: true });
  x = ok(await act(DESK, 'complaint.followUp', { complaintId: c.id, text: '电话回访，观众表示满意' }));
  expect(x.deadline).toBeUndefined();
  x = ok(await act(DESK, 'complaint.archive', { complaintId: c.id }));
  expect(x.status).toBe('archived');
  expect(kinds(x)).toEqual([
    'received',
    'routed',
    'proposed',
    'resolved',
    'replied',
    'unsatisfied',
    'proposed',
    'resolved',
    'replied',
    'satisfied',
    'followed_up',
    'archived',
  ]);
  expect(x.timeline.find((e) => e.kind === 'routed')?.departmentName).toBe('展览部');
});

test('every step refuses the wrong role (FORBIDDEN), the wrong state (INVALID_STATE), and strangers (NOT_FOUND)', async () => {
  const c = await file();
  // Roles: a visitor cannot route, a manager cannot propose, a handler cannot reply.
  expect(
    code(
      await act('v1', 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'general' }),
    ),
  ).toBe('FORBIDDEN');
  expect(code(await act(DESK, 'complaint.propose', { complaintId: c.id, text: '方案' }))).toBe('FORBIDDEN');
  // Not yet routed: no department has it, so for a handler it does not exist.
  expect(code(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }))).toBe('NOT_FOUND');
  expect(code(await act(DESK, 'complaint.reply', { complaintId: c.id }))).toBe('INVALID_STATE');
  expect(code(await act(DESK, 'complaint.archive', { complaintId: c.id }))).toBe('INVALID_STATE');
  expect(
    code(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-desk', complexity: 'general' })),
  ).toBe('NOT_FOUND');
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'complex' }));
  expect(
    code(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-guide', complexity: 'general' })),
  ).toBe('INVALID_STATE');
  expect(code(await act(EXH, 'complaint.reply', { complaintId: c.id }))).toBe('FORBIDDEN');
  expect(code(await act(GUIDE, 'complaint.propose', { complaintId: c.id, text: '方案' }))).toBe('NOT_FOUND');
  expect(code(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '结果' }))).toBe('INVALID_STATE');
  ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }));
  expect(code(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }))).toBe('INVALID_STATE');
  ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '结果' }));
  expect(code(await act('v1', 'complaint.confirm', { complaintId: c.id, satisfied: true }))).toBe('INVALID_STATE');
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
  // Another visitor, and the desk for a complainant who can answer for themselves.
  expect(code(await act('v2', 'complaint.confirm', { complaintId: c.id, satisfied: true }))).toBe('NOT_FOUND');
  expect(code(await act(DESK, 'complaint.confirm', { complaintId: c.id, satisfied: true }))).toBe('FORBIDDEN');
  expect(code(await act(DESK, 'complaint.followUp', { complaintId: c.id }))).toBe('INVALID_STATE');
  // Bad input: a clear Chinese message with the field.
  const bad = await h.callRaw('v1', 'complaint.create', { category: 'noise', content: '' });
  expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
});

test('ten answers at once: exactly one moves the complaint', async () => {
  const c = await file();
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'general' }));
  ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }));
  ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '结果' }));
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
  const answers = await Promise.all(
    Array.from({ length: 10 }, (_, i) => act('v1', 'complaint.confirm', { complaintId: c.id, satisfied: i % 2 === 0 })),
  );
  expect(answers.filter((a) => a.ok)).toHaveLength(1);
  expect(answers.filter((a) => code(a) === 'INVALID_STATE')).toHaveLength(9);
  const final = ok(await act('v1', 'complaint.get', { complaintId: c.id }));
  expect(final.timeline.filter((e) => e.kind === 'satisfied' || e.kind === 'unsatisfied')).toHaveLength(1);
});

test('a complaint by phone: staff register it, the desk records the satisfaction of someone without an account', async () => {
  const c = ok(
    await act(STAFF, 'complaint.register', {
      channel: 'phone',
      category: 'guide',
      content: '讲解员态度冷淡',
      contact: '13700001111',
      name: '赵先生',
    }),
  );
  expect(c).toMatchObject({
    channel: 'phone',
    online: false,
    venueId: 'v1',
    status: 'received',
    contact: '137****1111',
    name: '赵*生',
  });
  expect(ok(await act(DESK, 'complaint.get', { complaintId: c.id }))).toMatchObject({
    contact: '13700001111',
    name: '赵先生',
  });
  expect(c.timeline[0]).toMatchObject({ actor: 'desk', text: '登记来源：电话' });
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-guide', complexity: 'general' }));
  ok(await act(GUIDE, 'complaint.propose', { complaintId: c.id, text: '约谈讲解员' }));
  ok(await act(GUIDE, 'complaint.resolve', { complaintId: c.id, text: '已培训并致歉' }));
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id, text: '已电话告知处理结果' }));
  const x = ok(await act(DESK, 'complaint.confirm', { complaintId: c.id, satisfied: true, comment: '电话中表示满意' }));
  expect(x.timeline.at(-1)).toMatchObject({ kind: 'satisfied', actor: 'desk' });
  expect(code(await act('v1', 'complaint.get', { complaintId: c.id }))).toBe('NOT_FOUND');
});

describe('the next step and who takes it, decided by the function', () => {
  const seen = async (openid: string, complaintId: string) => {
    const got = await act(openid, 'complaint.get', { complaintId });
    if (!got.ok) return got.error.code;
    const { next, awaiting } = got.data as ComplaintView;
    return { next, awaiting };
  };
  const step = (s: string, by: string, mine: boolean, awaiting?: string) => ({
    next: { step: s, by, mine },
    awaiting,
  });

  test('per status, for the desk, the handler of its department, another handler and the complainant', async () => {
    const c = await file('v-next');
    const id = c.id;
    expect(c.next).toEqual({ step: 'route', by: 'desk', mine: false });
    expect(await seen(DESK, id)).toEqual(step('route', 'desk', true));
    expect(await seen('v-next', id)).toEqual(step('route', 'desk', false, '等待客服中心转交处理部门'));
    expect(await seen(EXH, id)).toBe('NOT_FOUND');

    ok(await act(DESK, 'complaint.route', { complaintId: id, departmentId: 'dept-exhibition', complexity: 'general' }));
    expect(await seen(EXH, id)).toEqual(step('propose', 'department', true));
    expect(await seen(DESK, id)).toEqual(step('propose', 'department', false, '等待展览部制定解决方案'));
    expect(await seen(GUIDE, id)).toBe('NOT_FOUND');

    ok(await act(EXH, 'complaint.propose', { complaintId: id, text: '检修电源' }));
    expect(await seen(EXH, id)).toEqual(step('resolve', 'department', true));
    expect(await seen('v-next', id)).toEqual(step('resolve', 'department', false, '等待展览部处理并反馈结果'));

    ok(await act(EXH, 'complaint.resolve', { complaintId: id, text: '已修复' }));
    expect(await seen(DESK, id)).toEqual(step('reply', 'desk', true));
    expect(await seen(EXH, id)).toEqual(step('reply', 'desk', false, '等待客服中心答复投诉人'));

    ok(await act(DESK, 'complaint.reply', { complaintId: id }));
    expect(await seen('v-next', id)).toEqual(step('confirm', 'complainant', true));
    expect(await seen(DESK, id)).toEqual(
      step('confirm', 'complainant', false, '等待投诉人确认是否满意，7天内未回复将自动关闭'),
    );

    ok(await act('v-next', 'complaint.confirm', { complaintId: id, satisfied: true }));
    expect(await seen(DESK, id)).toEqual(step('followUp', 'desk', true));
    ok(await act(DESK, 'complaint.followUp', { complaintId: id }));
    expect(await seen(DESK, id)).toEqual(step('archive', 'desk', true));
    expect(await seen(EXH, id)).toEqual(step('archive', 'desk', false, '等待客服中心归档'));
    ok(await act(DESK, 'complaint.archive', { complaintId: id }));
    for (const who of [DESK, EXH, 'v-next'])
      expect(await seen(who, id)).toEqual({ next: null, awaiting: '已归档，处理流程结束' });
  });

  test('the desk records the answer of a complainant without an account', async () => {
    const c = ok(
      await act(STAFF, 'complaint.register', {
        channel: 'phone',
        category: 'guide',
        content: '讲解太快',
        contact: '13700002222',
      }),
    );
    ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-guide', complexity: 'general' }));
    ok(await act(GUIDE, 'complaint.propose', { complaintId: c.id, text: '放慢语速' }));
    ok(await act(GUIDE, 'complaint.resolve', { complaintId: c.id, text: '已培训' }));
    ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
    expect(await seen(DESK, c.id)).toEqual(step('confirm', 'desk', true));
    expect(await seen(GUIDE, c.id)).toEqual(step('confirm', 'desk', false, '等待客服中心记录投诉人的意见'));
  });

  test('user.me says who may open the queue, and who works it as the desk', async () => {
    const can = async (openid: string) => unwrap(await h.call<MeView>(openid, 'user.me', {})).can;
    expect(await can(DESK)).toEqual({ handleComplaints: true, complaintDesk: true });
    expect(await can(EXH)).toEqual({ handleComplaints: true, complaintDesk: false });
    expect(await can(STAFF)).toEqual({ handleComplaints: false, complaintDesk: false });
    expect(await can('v-next')).toEqual({ handleComplaints: false, complaintDesk: false });
  });
});

test('a reply left unanswered for 7 days closes as "no answer", and can then be archived', async () => {
  const c = await file();
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'general' }));
  ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }));
  ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '结果' }));
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
  h.setNow('2026-12-08T08:59:00+08:00');
  await h.tick();
  expect(ok(await act('v1', 'complaint.get', { complaintId: c.id })).status).toBe('replied');
  h.setNow('2026-12-08T09:00:00+08:00');
  await h.tick();
  const x = ok(await act('v1', 'complaint.get', { complaintId: c.id }));
  expect(x).toMatchObject({ status: 'no_answer', breaches: 0 });
  expect(code(await act('v1', 'complaint.confirm', { complaintId: c.id, satisfied: true }))).toBe('INVALID_STATE');
  expect(ok(await act(DESK, 'complaint.archive', { complaintId: c.id })).status).toBe('archived');
});

test('a breached deadline escalates exactly once, even with two runs at once, to the leaders and whoever is late', async () => {
  const c = await file('v3');
  const escalations = async (openid: string) =>
    (await notices(openid)).filter((m) => m.kind === 'complaint_escalated' && m.data.complaintId === c.id);
  h.setNow('2026-12-01T09:10:01+08:00');
  await Promise.all([escalateComplaints.run(h.deps), escalateComplaints.run(h.deps), h.tick()]);
  await h.tick();
  let x = ok(await act(DESK, 'complaint.get', { complaintId: c.id }));
  expect(x.breaches).toBe(1);
  expect(x.deadline).toMatchObject({ step: 'route', breached: true });
  expect(x.timeline.filter((e) => e.kind === 'escalated')).toEqual([
    { at: '2026-12-01T09:10:01+08:00', kind: 'escalated', actor: 'system', step: 'route' },
  ]);
  expect(await escalations(ADMIN)).toHaveLength(1);
  expect(await escalations(DESK)).toHaveLength(1);
  expect(await escalations(EXH)).toHaveLength(0);
  expect((await escalations(ADMIN))[0].body).toContain('转交处理部门');

  // Routed late; then the department misses its 24 hours for a complex complaint: a second breach.
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'complex' }));
  h.setNow('2026-12-02T09:10:00+08:00');
  await h.tick();
  expect(ok(await act(DESK, 'complaint.get', { complaintId: c.id })).breaches).toBe(1);
  h.setNow('2026-12-02T09:10:02+08:00');
  await Promise.all([h.tick(), h.tick()]);
  x = ok(await act(DESK, 'complaint.get', { complaintId: c.id }));
  expect(x.breaches).toBe(2);
  expect(await escalations(ADMIN)).toHaveLength(2);
  expect(await escalations(EXH)).toHaveLength(1);
  expect(await escalations(DESK)).toHaveLength(1);
});

test('an escalation interrupted before its notices is finished once by the next run', async () => {
  const c = await file('v4');
  h.setNow('2026-12-01T09:11:00+08:00');
  h.faults.inject({ action: 'database.insertDocument', collectionName: 'notices' });
  await escalateComplaints.run(h.deps).catch(() => undefined);
  h.faults.clear();
  await h.tick();
  const x = ok(await act(DESK, 'complaint.get', { complaintId: c.id }));
  expect(x.breaches).toBe(1);
  expect(x.timeline.filter((e) => e.kind === 'escalated')).toHaveLength(1);
  expect(
    (await notices(ADMIN)).filter((m) => m.kind === 'complaint_escalated' && m.data.complaintId === c.id),
  ).toHaveLength(1);
  expect(h.store.find('complaints', { id: c.id })[0]).toMatchObject({ deadline: { escalated: true } });
});

test("who sees what: visitors only their own, handlers only their department's, the desk everything", async () => {
  const mine = await file('v5');
  const other = await file('v6', { category: 'guide', content: '讲解内容过时' });
  expect(code(await act('v6', 'complaint.get', { complaintId: mine.id }))).toBe('NOT_FOUND');
  expect((await h.call<ComplaintView[]>('v5', 'complaint.list', {}).then(unwrap)).map((c) => c.id)).toEqual([mine.id]);
  ok(
    await act(DESK, 'complaint.route', {
      complaintId: mine.id,
      departmentId: 'dept-exhibition',
      complexity: 'general',
    }),
  );
  ok(await act(DESK, 'complaint.route', { complaintId: other.id, departmentId: 'dept-guide', complexity: 'general' }));
  const queue = async (openid: string, filters = {}) =>
    (await h.call<ComplaintView[]>(openid, 'complaint.list', { view: 'queue', ...filters }).then(unwrap)).map(
      (c) => c.id,
    );
  expect(await queue(EXH)).toContain(mine.id);
  expect(await queue(EXH)).not.toContain(other.id);
  expect(code(await act(EXH, 'complaint.get', { complaintId: other.id }))).toBe('NOT_FOUND');
  expect(code(await h.call(EXH, 'complaint.list', { view: 'queue', departmentId: 'dept-guide' }))).toBe('FORBIDDEN');
  expect(await queue(DESK)).toEqual(expect.arrayContaining([mine.id, other.id]));
  expect(await queue(DESK, { departmentId: 'dept-guide', category: 'guide' })).toContain(other.id);
  expect(await queue(DESK, { departmentId: 'dept-guide' })).not.toContain(mine.id);
  expect(code(await h.call('v5', 'complaint.list', { view: 'queue' }))).toBe('FORBIDDEN');
  expect(code(await h.call('v5', 'department.list', {}))).toBe('FORBIDDEN');
  expect((await h.call<{ name: string }[]>(EXH, 'department.list', {}).then(unwrap)).map((d) => d.name)).toEqual([
    '客服中心',
    '展览部',
    '讲解部',
  ]);
});

test("a complaint about a booking carries the visit and its check-in; someone else's booking is NOT_FOUND", async () => {
  const r = await makeResource(h.call, ADMIN, 'v1', {}, 'cr1');
  const slot = await makeSlot(h.call, ADMIN, r, '2026-12-01T11:00:00+08:00', '2026-12-01T12:00:00+08:00', 10);
  const attendee = await makeAttendee(h.call, 'v7', 7001);
  const booking = unwrap(
    await h.call<{ id: string }>('v7', 'booking.create', { slotId: slot, attendeeIds: [attendee] }, 'rq-book-v7-1'),
  );
  h.setNow('2026-12-01T10:45:00+08:00');
  unwrap(await h.call(STAFF, 'checkin.manual', { bookingId: booking.id }, 'rq-manual-v7-1'));
  const c = await file('v7', { bookingId: booking.id, category: 'facility', content: '空调太冷' });
  expect(c).toMatchObject({
    bookingId: booking.id,
    venueId: 'v1',
    visit: { resourceName: 'VR飞行体验', start: '2026-12-01T11:00:00+08:00', checkedInAt: '2026-12-01T10:45:00+08:00' },
  });
  expect(
    code(await act('v8', 'complaint.create', { category: 'facility', content: '空调太冷', bookingId: booking.id })),
  ).toBe('NOT_FOUND');
});

test('the follow-up deadline of a complaint confirmed on the eve of the National Day holiday skips the holiday and counts the make-up Saturday', async () => {
  h.setNow('2026-09-30T15:00:00+08:00');
  const c = await file('v9');
  ok(await act(DESK, 'complaint.route', { complaintId: c.id, departmentId: 'dept-exhibition', complexity: 'general' }));
  ok(await act(EXH, 'complaint.propose', { complaintId: c.id, text: '方案' }));
  ok(await act(EXH, 'complaint.resolve', { complaintId: c.id, text: '结果' }));
  ok(await act(DESK, 'complaint.reply', { complaintId: c.id }));
  h.setNow('2026-09-30T18:00:00+08:00');
  ok(await act('v9', 'complaint.confirm', { complaintId: c.id, satisfied: true }));
  const x = ok(await act(DESK, 'complaint.get', { complaintId: c.id }));
  expect(x.deadline).toMatchObject({
    step: 'followUp',
    due: toIso(Date.parse('2026-10-11T00:00:00+08:00')),
    calendarKnown: true,
  });
});

test('monthly statistics: by category and department, breach, reopen and satisfaction rates', async () => {
  h.setNow('2026-11-10T09:00:00+08:00');
  const a = await file('s1', { category: 'exhibit' });
  const b = await file('s2', { category: 'guide', content: '讲解员迟到' });
  await file('s3', { category: 'other', content: '停车难' });
  ok(await act(DESK, 'complaint.route', { complaintId: b.id, departmentId: 'dept-guide', complexity: 'general' }));
  h.setNow('2026-11-10T09:11:00+08:00');
  await h.tick();
  ok(await act(DESK, 'complaint.route', { complaintId: a.id, departmentId: 'dept-exhibition', complexity: 'general' }));
  for (const satisfied of [false, true]) {
    ok(await act(GUIDE, 'complaint.propose', { complaintId: b.id, text: '调整排班' }));
    ok(await act(GUIDE, 'complaint.resolve', { complaintId: b.id, text: '已调整' }));
    ok(await act(DESK, 'complaint.reply', { complaintId: b.id }));
    ok(await act('s2', 'complaint.confirm', { complaintId: b.id, satisfied }));
  }
  const stats = unwrap(await h.call<Record<string, unknown>>(DESK, 'complaint.stats', { month: '2026-11' }));
  expect(stats).toMatchObject({
    month: '2026-11',
    total: 3,
    breachRate: 2 / 3,
    reopenRate: 1 / 3,
    satisfaction: 1,
    ratings: { count: 0, experience: null },
  });
  expect(stats.byCategory).toEqual(
    expect.arrayContaining([
      { category: 'exhibit', count: 1 },
      { category: 'guide', count: 1 },
      { category: 'other', count: 1 },
      { category: 'safety', count: 0 },
    ]),
  );
  expect(stats.byDepartment).toEqual([
    { departmentId: 'dept-exhibition', name: '展览部', count: 1, breached: 1 },
    { departmentId: 'dept-guide', name: '讲解部', count: 1, breached: 0 },
  ]);
  expect(code(await h.call(EXH, 'complaint.stats', { month: '2026-11' }))).toBe('FORBIDDEN');
  expect(code(await h.call(DESK, 'complaint.stats', { month: '2026-13' }))).toBe('INVALID_INPUT');
});
