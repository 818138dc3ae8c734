// Screenshots of every page of the H5 build, with demo data created through the function as the right
// users, so that two versions of the app can be compared page by page (same file names each run).
//
//   tsx scripts/screenshots.ts <outDir> [--url http://127.0.0.1:PORT]
//
// Without --url it runs `npm start` in this checkout (build included) on a free port with an in-memory
// store and the demo seed, and stops it at the end. With --url the data is added to that cloud's store,
// which should be freshly seeded (DATA_DIR=:memory:): a second run into the same store is refused bookings.
import { isWorkday } from '../shared/rules/calendar/workdays';
import { spawn, type ChildProcess } from 'child_process';
import fs from 'fs';
import net from 'net';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { launch, onScreen, phonePage } from '../e2e/browser';

const ROOT = path.resolve(__dirname, '..');
const VISITOR = 'demo-visitor-1';
const VISITOR2 = 'demo-visitor-2';
const STAFF = 'demo-staff-1';
const HANDLER = 'demo-handler-1';
const MANAGER = 'demo-manager-1';
const ADMIN = 'demo-admin-1';
const MUSEUM = 'venue-museum';

// ---------------------------------------------------------------------------------------------------
// The cloud: started here, or given.

interface Cloud {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The first working day from `date` on (the office's rooms are closed on weekends and holidays). */
function workdayFrom(date: string): string {
  let day = date;
  while (!isWorkday(day)) day = addDays(day, 1);
  return day;
}

async function healthy(url: string): Promise<boolean> {
  return fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
}

async function startCloud(): Promise<Cloud> {
  const port = await freePort();
  const log: string[] = [];
  // A production build, as a user's shell runs it.
  const { NODE_ENV: _nodeEnv, ...env } = process.env;
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...env, PORT: String(port), DATA_DIR: ':memory:', SEED: 'demo' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (d) => log.push(String(d)));
  child.stderr?.on('data', (d) => log.push(String(d)));
  const url = `http://127.0.0.1:${port}`;
  console.log(`building and starting the local cloud in ${ROOT} on port ${port} …`);
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited:\n${log.join('')}`);
    if (await healthy(url)) break;
    if (Date.now() > deadline) {
      if (child.pid) process.kill(-child.pid, 'SIGTERM');
      throw new Error(`npm start did not become ready:\n${log.join('')}`);
    }
    await sleep(1000);
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null || !child.pid) return;
      const exited = new Promise((r) => child.once('exit', r));
      // npm start runs a chain of processes: end the whole group.
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------------
// The function over HTTP, as the demo users.

let baseUrl = '';
let requests = 0;

class ApiError extends Error {}

/** Calls an action as `openid` (null: anonymously); throws when it is refused. */
async function api<T = unknown>(openid: string | null, action: string, data: unknown): Promise<T> {
  const res = await fetch(`${baseUrl}/api/call/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify({ action, data, requestId: `shots-${Date.now().toString(36)}-${++requests}` }),
  });
  const body = (await res.json()) as { result?: { ok: boolean; data?: T; error?: unknown }; errMsg?: string };
  if (!body.result?.ok) {
    throw new ApiError(`${action} as ${openid}: ${JSON.stringify(body.result?.error ?? body.errMsg ?? res.status)}`);
  }
  return body.result.data as T;
}

async function dev(pathname: string, body: unknown, openid?: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}${pathname}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-wx-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${pathname}: HTTP ${res.status}`);
  return res.json();
}

const setClock = (now: string | null) => dev('/__dev/clock', { now });

interface Slot {
  id: string;
  start: string;
  end: string;
  status: string;
  remaining: number;
}
interface WithId {
  id: string;
}

/** Business dates are Asia/Shanghai (UTC+8, no daylight saving). */
const businessDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function serverNow(): Promise<number> {
  const health = (await (await fetch(`${baseUrl}/healthz`)).json()) as { now: string };
  return Date.parse(health.now);
}

async function slotsOn(resourceId: string, date: string): Promise<Slot[]> {
  const slots = await api<Slot[]>(null, 'slot.list', { resourceId, from: date, to: date });
  return [...slots].sort((a, b) => a.start.localeCompare(b.start));
}

async function slotAt(resourceId: string, date: string, index: number): Promise<Slot> {
  const slot = (await slotsOn(resourceId, date))[index];
  if (!slot) throw new Error(`no slot ${index} of ${resourceId} on ${date}`);
  return slot;
}

/** A valid resident ID number from its first 17 digits (GB 11643 check character). */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return first17 + '10X98765432'[sum % 11];
}

// ---------------------------------------------------------------------------------------------------
// The data the pages show.

interface Data {
  today: string;
  d2: string;
  d3: string;
  attendees: Record<string, string[]>;
  confirmed?: { bookingId: string; slot: Slot };
  venueCancelled?: string;
  cancelled?: string;
  checkedIn?: string;
  pending?: string;
  rejected?: string;
  fullSlot?: Slot;
  appliedSlot?: string;
  drawnSlot?: string;
  winner?: string;
  loser?: string;
  complaintProposed?: string;
  complaintReplied?: string;
  complaintReceived?: string;
  complaintRegistered?: string;
}

const warnings: string[] = [];
const warn = (line: string) => {
  warnings.push(line);
  console.log(`WARNING ${line}`);
};

/** One step of the data: a failure is reported and the pages that need it are skipped or shown without it. */
async function step(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
    console.log(`data: ${name}`);
  } catch (e) {
    warn(`data step "${name}" failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function createData(): Promise<Data> {
  const today = businessDate(await serverNow());
  // Two days ahead and more: every slot of those days is open whatever the hour.
  const d2 = addDays(today, 2);
  const d3 = addDays(today, 3);
  const d4 = addDays(today, 4);
  const data: Data = { today, d2, d3, attendees: {} };
  const people: Record<string, [string, string, string][]> = {
    [VISITOR]: [
      ['王小明', '13812345678', '11010519900307123'],
      ['李华', '13812345679', '11010519880512123'],
    ],
    [VISITOR2]: [['张伟', '13912345678', '31010419950721123']],
  };
  const book = async (openid: string, slot: Slot, attendees: string[]) =>
    (await api<WithId>(openid, 'booking.create', { slotId: slot.id, attendeeIds: attendees })).id;

  await step('attendees', async () => {
    for (const [openid, list] of Object.entries(people)) {
      const existing = await api<{ id: string; name: string }[]>(openid, 'attendee.list', {});
      for (const [name, phone, first17] of list) {
        if (existing.some((a) => a.name === name)) continue;
        await api(openid, 'attendee.add', {
          name,
          phone,
          idType: 'id_card',
          idNumber: residentId(first17),
          consent: true,
        });
      }
      const ids = (await api<{ id: string; name: string }[]>(openid, 'attendee.list', {}))
        .filter((a) => list.some(([name]) => name === a.name))
        .sort((a, b) => list.findIndex(([n]) => n === a.name) - list.findIndex(([n]) => n === b.name))
        .map((a) => a.id);
      data.attendees[openid] = ids;
    }
  });
  const [a1, a2] = data.attendees[VISITOR] ?? [];
  const [b1] = data.attendees[VISITOR2] ?? [];

  await step('subscribe messages allowed (twice each)', async () => {
    const templates = await api<{ templateId: string }[]>(VISITOR, 'notify.templates', {});
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < templates.length; j += 3) {
        const results = Object.fromEntries(templates.slice(j, j + 3).map((t) => [t.templateId, 'accept']));
        await dev('/__dev/subscribe', { results }, VISITOR);
        await api(VISITOR, 'notify.subscribed', { results });
      }
    }
  });

  // The clock moves only around steps that need it, and comes back at once: no timer runs meanwhile.
  await step('a lottery drawn (two days ahead, one place, two applicants)', async () => {
    const slot = await slotAt('res-lottery', d2, 0);
    await api(MANAGER, 'admin.slot.capacity', { slotId: slot.id, capacity: 1 });
    await api(VISITOR, 'lottery.apply', { slotId: slot.id, attendeeIds: [a1] });
    await api(VISITOR2, 'lottery.apply', { slotId: slot.id, attendeeIds: [b1] });
    const lottery = await api<{ closesAt: string }>(null, 'lottery.get', { slotId: slot.id });
    try {
      await setClock(lottery.closesAt);
      await api(MANAGER, 'lottery.draw', { slotId: slot.id });
    } finally {
      await setClock(null);
    }
    const status = async (openid: string) =>
      (await api<{ slotId: string; status: string }[]>(openid, 'lottery.mine', {})).find((a) => a.slotId === slot.id)
        ?.status;
    const won = (await status(VISITOR)) === 'won';
    data.drawnSlot = slot.id;
    data.winner = won ? VISITOR : VISITOR2;
    data.loser = won ? VISITOR2 : VISITOR;
  });

  await step('a lottery application (three days ahead)', async () => {
    const slot = await slotAt('res-lottery', d3, 0);
    await api(VISITOR, 'lottery.apply', { slotId: slot.id, attendeeIds: [a1, a2] });
    data.appliedSlot = slot.id;
  });

  await step('a confirmed booking (VR飞行体验, two days ahead, two people)', async () => {
    const slot = await slotAt('res-vr-flight', d2, 0);
    data.confirmed = { bookingId: await book(VISITOR, slot, [a1, a2]), slot };
    await book(VISITOR2, slot, [b1]);
  });

  await step('a booking cancelled by the venue, with other slots to rebook', async () => {
    const slot = await slotAt('res-dome', d2, 0);
    data.venueCancelled = await book(VISITOR, slot, [a1]);
    await api(MANAGER, 'admin.slot.close', { slotId: slot.id, reason: '球幕设备检修' });
  });

  await step('a booking cancelled by the visitor', async () => {
    const slot = await slotAt('res-robot-theatre', d2, 0);
    data.cancelled = await book(VISITOR, slot, [a1]);
    await api(VISITOR, 'booking.cancel', { bookingId: data.cancelled });
  });

  await step('a booking checked in at the gate and rated', async () => {
    const slot = await slotAt('res-vr-flight', d3, 0);
    const bookingId = await book(VISITOR, slot, [a1, a2]);
    try {
      await setClock(new Date(Date.parse(slot.start) - 10 * 60_000).toISOString());
      const { token } = await api<{ token: string }>(VISITOR, 'checkin.token', { bookingId });
      await api(STAFF, 'checkin.scan', { token });
      await api(VISITOR, 'feedback.create', {
        bookingId,
        experience: 5,
        exhibitCondition: 4,
        service: 5,
        comment: '体验很棒，讲解员很耐心。',
      });
    } finally {
      await setClock(null);
    }
    data.checkedIn = bookingId;
  });

  await step('showroom visits awaiting approval, and one rejected', async () => {
    const showroom = async (openid: string, date: string, from: string, to: string, attendees: string[]) =>
      (
        await api<WithId>(openid, 'booking.create', {
          resourceId: 'res-showroom',
          start: `${date}T${from}:00+08:00`,
          end: `${date}T${to}:00+08:00`,
          purpose: '接待客户参观产品展厅',
          headcount: 4,
          attendeeIds: attendees,
        })
      ).id;
    const first = workdayFrom(d2);
    const second = workdayFrom(addDays(first, 1));
    data.pending = await showroom(VISITOR, first, '10:00', '11:00', [a1]);
    data.rejected = await showroom(VISITOR, second, '14:00', '15:00', [a1]);
    await api(MANAGER, 'booking.reject', { bookingId: data.rejected, reason: '当天展厅已安排内部活动' });
    await showroom(VISITOR2, first, '15:00', '16:00', [b1]);
  });

  await step('a full slot with a waiting list', async () => {
    const slot = await slotAt('res-robot-theatre', d3, 0);
    await api(MANAGER, 'admin.slot.capacity', { slotId: slot.id, capacity: 1 });
    await book(VISITOR2, slot, [b1]);
    await api(VISITOR, 'waitlist.join', { slotId: slot.id, attendeeIds: [a1] });
    data.fullSlot = slot;
  });

  await step('a booking four days ahead', async () => {
    await book(VISITOR, await slotAt('res-concert', d4, 0), [a1, a2]);
  });

  const complaint = async (category: string, content: string, extra: Record<string, string> = {}) =>
    (await api<WithId>(VISITOR, 'complaint.create', { category, content, ...extra })).id;
  const route = (complaintId: string) =>
    api(MANAGER, 'complaint.route', { complaintId, departmentId: 'dept-exhibition', complexity: 'general' });

  await step('a complaint routed to 展览部 with a proposed solution', async () => {
    const id = await complaint('exhibit', '磁悬浮列车展项无法演示，按钮按下后没有反应。', {
      ...(data.confirmed ? { bookingId: data.confirmed.bookingId } : {}),
      contact: '13812345678',
      expected: '尽快修复展项',
    });
    await route(id);
    await api(HANDLER, 'complaint.propose', { complaintId: id, text: '检修展项的控制按钮，展览部今日内完成。' });
    data.complaintProposed = id;
  });

  await step('a complaint resolved and replied, for the visitor to confirm', async () => {
    const id = await complaint('exhibit', 'VR飞行体验的头盔镜片有划痕，画面模糊。');
    await route(id);
    await api(HANDLER, 'complaint.propose', { complaintId: id, text: '更换VR头盔镜片' });
    await api(HANDLER, 'complaint.resolve', { complaintId: id, text: '已更换全部头盔镜片，画面清晰。' });
    await api(MANAGER, 'complaint.reply', { complaintId: id, text: '感谢您的反馈，头盔镜片已全部更换。' });
    data.complaintReplied = id;
  });

  await step('a complaint just received', async () => {
    data.complaintReceived = await complaint('facility', '二楼洗手间的烘手机坏了。');
  });

  await step('a complaint registered by staff from a phone call', async () => {
    const registered = await api<WithId>(STAFF, 'complaint.register', {
      channel: 'phone',
      category: 'service',
      content: '观众来电反映入口处排队时间过长，工作人员引导不足。',
      contact: '13700001111',
      name: '赵先生',
      venueId: MUSEUM,
    });
    data.complaintRegistered = registered.id;
  });

  await step('subscribe messages delivered by the timer', async () => {
    await dev('/__dev/tick', {});
  });
  return data;
}

// ---------------------------------------------------------------------------------------------------
// The pages.

interface Shot {
  /** The file name without .png: `<pkg>-<page>`, and `--<state>` for a further state of a page. */
  name: string;
  user: string | null;
  /** The route with its query, without the leading slash. */
  route: string;
  /** Skipped (with a warning) when the data it shows could not be made. */
  needs?: unknown;
  /** Done on the page once loaded, before the picture. */
  act?: (page: Page) => Promise<void>;
}

const q = (params: Record<string, string | undefined>) => {
  const pairs = Object.entries(params).filter((e): e is [string, string] => Boolean(e[1]));
  return pairs.length ? `?${pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` : '';
};
/** Complaint pages have read `id` and `complaintId`: both are given. */
const complaintQuery = (complaintId: string | undefined) => q({ complaintId, id: complaintId });

const clickDate = (date: string) => async (page: Page) => {
  await onScreen(page).locator(`[data-testid="date-${date}"]`).click({ force: true });
};

function shots(d: Data): Shot[] {
  const confirmed = d.confirmed?.bookingId;
  const slot = d.confirmed?.slot;
  const full = d.fullSlot;
  return [
    // Tabs.
    { name: 'pages-index', user: VISITOR, route: 'pages/index/index' },
    { name: 'pages-bookings', user: VISITOR, route: 'pages/bookings/index' },
    { name: 'pages-me', user: VISITOR, route: 'pages/me/index' },
    // Booking.
    {
      name: 'booking-resource',
      user: VISITOR,
      route: `booking/resource/index${q({ resourceId: 'res-vr-flight', venueId: MUSEUM })}`,
    },
    {
      name: 'booking-resource--day-picked',
      user: VISITOR,
      route: `booking/resource/index${q({ resourceId: 'res-vr-flight', venueId: MUSEUM })}`,
      act: clickDate(d.d2),
    },
    {
      name: 'booking-resource--lottery',
      user: VISITOR,
      route: `booking/resource/index${q({ resourceId: 'res-lottery', venueId: MUSEUM })}`,
      act: clickDate(d.d3),
    },
    {
      name: 'booking-confirm',
      user: VISITOR,
      needs: slot,
      route: `booking/confirm/index${q({ slotId: slot?.id, resourceId: 'res-vr-flight', venueId: MUSEUM, date: d.d2 })}`,
    },
    {
      name: 'booking-confirm--waitlist',
      user: VISITOR2,
      needs: full,
      route: `booking/confirm/index${q({ slotId: full?.id, resourceId: 'res-robot-theatre', venueId: MUSEUM, date: d.d3, mode: 'waitlist' })}`,
    },
    {
      name: 'booking-detail',
      user: VISITOR,
      needs: confirmed,
      route: `booking/detail/index${q({ bookingId: confirmed })}`,
    },
    {
      name: 'booking-detail--venue-cancelled',
      user: VISITOR,
      needs: d.venueCancelled,
      route: `booking/detail/index${q({ bookingId: d.venueCancelled })}`,
    },
    {
      name: 'booking-detail--cancelled',
      user: VISITOR,
      needs: d.cancelled,
      route: `booking/detail/index${q({ bookingId: d.cancelled })}`,
    },
    {
      name: 'booking-detail--checked-in',
      user: VISITOR,
      needs: d.checkedIn,
      route: `booking/detail/index${q({ bookingId: d.checkedIn })}`,
    },
    {
      name: 'booking-detail--pending',
      user: VISITOR,
      needs: d.pending,
      route: `booking/detail/index${q({ bookingId: d.pending })}`,
    },
    {
      name: 'booking-detail--rejected',
      user: VISITOR,
      needs: d.rejected,
      route: `booking/detail/index${q({ bookingId: d.rejected })}`,
    },
    {
      name: 'booking-change',
      user: VISITOR,
      needs: confirmed,
      route: `booking/change/index${q({ bookingId: confirmed })}`,
    },
    // Profile.
    { name: 'profile-attendees', user: VISITOR, route: 'profile/attendees/index' },
    { name: 'profile-attendee-add', user: VISITOR, route: 'profile/attendee-add/index' },
    { name: 'profile-privacy', user: VISITOR, route: 'profile/privacy/index' },
    { name: 'profile-notices', user: VISITOR, route: 'profile/notices/index' },
    { name: 'profile-notify-settings', user: VISITOR, route: 'profile/notify-settings/index' },
    // Lottery.
    {
      name: 'lottery-slot',
      user: VISITOR,
      needs: d.appliedSlot,
      route: `lottery/slot/index${q({ slotId: d.appliedSlot })}`,
    },
    {
      name: 'lottery-slot--won',
      user: d.winner ?? VISITOR,
      needs: d.drawnSlot,
      route: `lottery/slot/index${q({ slotId: d.drawnSlot })}`,
    },
    {
      name: 'lottery-slot--lost',
      user: d.loser ?? VISITOR2,
      needs: d.drawnSlot,
      route: `lottery/slot/index${q({ slotId: d.drawnSlot })}`,
    },
    {
      name: 'lottery-verify',
      user: VISITOR,
      needs: d.drawnSlot,
      route: `lottery/verify/index${q({ slotId: d.drawnSlot })}`,
    },
    // Complaints, as the visitor.
    { name: 'complaint-mine', user: VISITOR, route: 'complaint/mine/index' },
    { name: 'complaint-file', user: VISITOR, route: 'complaint/file/index' },
    {
      name: 'complaint-file--booking',
      user: VISITOR,
      needs: confirmed,
      route: `complaint/file/index${q({ bookingId: confirmed })}`,
    },
    {
      name: 'complaint-detail',
      user: VISITOR,
      needs: d.complaintReplied,
      route: `complaint/detail/index${complaintQuery(d.complaintReplied)}`,
    },
    {
      name: 'complaint-detail--proposed',
      user: VISITOR,
      needs: d.complaintProposed,
      route: `complaint/detail/index${complaintQuery(d.complaintProposed)}`,
    },
    { name: 'pages-bookings--visitor2', user: VISITOR2, route: 'pages/bookings/index' },
    // Staff.
    { name: 'pages-staff', user: STAFF, route: 'pages/staff/index' },
    { name: 'staff-roster', user: STAFF, route: 'staff/roster/index', act: clickDate(d.d2) },
    { name: 'staff-roster--slot', user: STAFF, needs: slot, route: `staff/roster/index${q({ slotId: slot?.id })}` },
    { name: 'staff-find', user: STAFF, route: 'staff/find/index' },
    {
      name: 'staff-find--results',
      user: STAFF,
      route: 'staff/find/index',
      act: async (page) => {
        await clickDate(d.d2)(page);
        await onScreen(page).locator('input').first().fill('13812345678');
        await onScreen(page).locator('[data-testid="find-submit"]').click({ force: true });
      },
    },
    { name: 'staff-complaint-register', user: STAFF, route: 'staff/complaint-register/index' },
    // The department handling complaints.
    { name: 'manager-complaints--handler', user: HANDLER, route: 'manager/complaints/index' },
    {
      name: 'manager-complaint--handler',
      user: HANDLER,
      needs: d.complaintProposed,
      route: `manager/complaint/index${complaintQuery(d.complaintProposed)}`,
    },
    // The venue manager.
    { name: 'pages-me--manager', user: MANAGER, route: 'pages/me/index' },
    { name: 'manager-index', user: MANAGER, route: 'manager/index/index' },
    { name: 'manager-resources', user: MANAGER, route: `manager/resources/index${q({ venueId: MUSEUM })}` },
    {
      name: 'manager-resource-edit',
      user: MANAGER,
      route: `manager/resource-edit/index${q({ venueId: MUSEUM, resourceId: 'res-vr-flight' })}`,
    },
    {
      name: 'manager-resource-edit--new',
      user: MANAGER,
      route: `manager/resource-edit/index${q({ venueId: MUSEUM })}`,
    },
    {
      name: 'manager-slots',
      user: MANAGER,
      route: `manager/slots/index${q({ resourceId: 'res-vr-flight' })}`,
      act: clickDate(d.d2),
    },
    {
      name: 'manager-slots--closed',
      user: MANAGER,
      route: `manager/slots/index${q({ resourceId: 'res-dome' })}`,
      act: clickDate(d.d2),
    },
    { name: 'manager-slot-bulk', user: MANAGER, route: `manager/slot-bulk/index${q({ resourceId: 'res-vr-flight' })}` },
    {
      name: 'manager-resource-close',
      user: MANAGER,
      route: `manager/resource-close/index${q({ resourceId: 'res-vr-flight' })}`,
    },
    { name: 'manager-approvals', user: MANAGER, route: 'manager/approvals/index' },
    { name: 'manager-credit', user: MANAGER, route: 'manager/credit/index' },
    { name: 'manager-lotteries', user: MANAGER, route: 'manager/lotteries/index' },
    { name: 'manager-complaints', user: MANAGER, route: 'manager/complaints/index' },
    {
      name: 'manager-complaint',
      user: MANAGER,
      needs: d.complaintProposed,
      route: `manager/complaint/index${complaintQuery(d.complaintProposed)}`,
    },
    {
      name: 'manager-complaint--received',
      user: MANAGER,
      needs: d.complaintReceived,
      route: `manager/complaint/index${complaintQuery(d.complaintReceived)}`,
    },
    {
      name: 'manager-complaint--replied',
      user: MANAGER,
      needs: d.complaintReplied,
      route: `manager/complaint/index${complaintQuery(d.complaintReplied)}`,
    },
    {
      name: 'manager-complaint--registered',
      user: MANAGER,
      needs: d.complaintRegistered,
      route: `manager/complaint/index${complaintQuery(d.complaintRegistered)}`,
    },
    { name: 'manager-complaint-stats', user: MANAGER, route: 'manager/complaint-stats/index' },
    // Leadership.
    { name: 'manager-roles', user: ADMIN, route: 'manager/roles/index' },
    { name: 'manager-index--admin', user: ADMIN, route: 'manager/index/index' },
    // The local cloud's own pages.
    { name: 'dev-signin', user: VISITOR, route: 'dev/signin/index' },
    { name: 'dev-outbox', user: VISITOR, route: 'dev/outbox/index' },
  ];
}

/** The pages the app declares (client/app.config.ts), to report any this script does not shoot. */
function declaredPages(): string[] {
  const source = fs.readFileSync(path.join(ROOT, 'client/app.config.ts'), 'utf8');
  const tabs = fs.readFileSync(path.join(ROOT, 'client/tabs.ts'), 'utf8');
  const out = [...tabs.matchAll(/pagePath:\s*'([^']+)'/g)].map((m) => m[1]);
  for (const m of source.matchAll(/root:\s*'([^']+)',\s*pages:\s*\[([^\]]*)\]/g)) {
    for (const p of m[2].matchAll(/'([^']+)'/g)) out.push(`${m[1]}/${p[1]}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// The browser.

let loads = 0;
/** Who the browser is signed in as; undefined when not known. */
let signedInAs: string | null | undefined;

/** Taro's page transition is over. */
const still = (page: Page) =>
  page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => !((a.effect as KeyframeEffect | null)?.target as Element | null)?.classList.contains('taro_page'),
        ),
    undefined,
    { timeout: 10_000 },
  );

/** Loaded: network idle, no skeleton on the page shown, no transition running. */
async function settle(page: Page): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    await still(page).catch(() => undefined);
    const loading = onScreen(page).locator('[data-testid="loading"]');
    await loading
      .first()
      .waitFor({ state: 'detached', timeout: 10_000 })
      .catch(() => undefined);
    if ((await loading.count()) === 0) break;
  }
  // Images (QR codes, icons) and fonts.
  await page.evaluate(() => document.fonts.ready).catch(() => undefined);
  await sleep(400);
}

async function signIn(page: Page, openid: string | null): Promise<void> {
  if (openid === signedInAs) return;
  await page.goto(`${baseUrl}/?load=${++loads}#/dev/signin/index`);
  await settle(page);
  if (openid) {
    await onScreen(page).locator(`[data-testid="signin-${openid}"]`).click({ force: true });
    await page.waitForURL((u) => u.hash.startsWith('#/pages/index/index'), { timeout: 15_000 });
  }
  signedInAs = openid;
}

/**
 * The whole page. Taro H5 scrolls the page element itself (the window never scrolls), so the window is made
 * as tall as the page's content for the picture, then set back.
 */
async function capture(page: Page, file: string): Promise<void> {
  const size = page.viewportSize() ?? { width: 375, height: 812 };
  const content = await onScreen(page)
    .evaluate((el) => el.scrollHeight)
    .catch(() => size.height);
  const height = Math.min(Math.max(size.height, content), 10_000);
  if (height > size.height) {
    await page.setViewportSize({ width: size.width, height });
    await sleep(300);
  }
  await page.screenshot({ path: file, animations: 'disabled' });
  if (height > size.height) await page.setViewportSize(size);
}

async function shoot(page: Page, shot: Shot, outDir: string): Promise<boolean> {
  await signIn(page, shot.user);
  await page.goto(`${baseUrl}/?load=${++loads}#/${shot.route}`);
  await settle(page);
  if (shot.act) {
    await shot.act(page);
    await settle(page);
  }
  const file = path.join(outDir, `${shot.name}.png`);
  await capture(page, file);
  const top = onScreen(page);
  const problems: string[] = [];
  if (await top.locator('[data-testid="error"]').count()) {
    const text = (await top.locator('[data-testid="error"]').first().innerText()).replace(/\s+/g, ' ');
    problems.push(`shows an error: ${text}`);
  }
  if (await top.locator('[data-testid="sign-in-prompt"]').count()) problems.push('shows the sign-in prompt');
  if (await top.locator('[data-testid="loading"]').count()) problems.push('still loading');
  const text = (await top.innerText().catch(() => '')).trim();
  if (!text) problems.push('is blank');
  for (const p of problems) warn(`${shot.name} (${shot.route}) ${p}`);
  return problems.length === 0;
}

// ---------------------------------------------------------------------------------------------------

function parseArgs(argv: string[]): { outDir: string; url?: string } {
  let outDir: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i].startsWith('--url=')) url = argv[i].slice('--url='.length);
    else if (!outDir) outDir = argv[i];
  }
  if (!outDir) {
    console.error('usage: tsx scripts/screenshots.ts <outDir> [--url http://127.0.0.1:PORT]');
    process.exit(2);
  }
  return { outDir: path.resolve(outDir), url: url?.replace(/\/+$/, '') };
}

async function main(): Promise<void> {
  const { outDir, url } = parseArgs(process.argv.slice(2));
  fs.mkdirSync(outDir, { recursive: true });
  let cloud: Cloud | null = null;
  let browser: Browser | null = null;
  try {
    if (url) {
      if (!(await healthy(url))) throw new Error(`${url}/healthz does not answer`);
      baseUrl = url;
    } else {
      cloud = await startCloud();
      baseUrl = cloud.url;
    }
    console.log(`cloud: ${baseUrl}`);
    const data = await createData();
    const list = shots(data);
    const shotRoutes = new Set(list.map((s) => s.route.split('?')[0]));
    for (const p of declaredPages()) if (!shotRoutes.has(p)) warn(`page ${p} is not shot by this script`);

    browser = await launch();
    const errors: string[] = [];
    const page = await phonePage(browser, errors);
    let taken = 0;
    for (const shot of list) {
      if ('needs' in shot && !shot.needs) {
        warn(`${shot.name} skipped: its data could not be made`);
        continue;
      }
      errors.length = 0;
      try {
        await shoot(page, shot, outDir);
        taken++;
        console.log(`shot: ${shot.name}`);
      } catch (e) {
        warn(`${shot.name} (${shot.route}) failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
        signedInAs = undefined;
      }
      for (const e of errors) warn(`${shot.name} page error: ${e}`);
    }
    const pages = new Set(list.map((s) => s.route.split('?')[0])).size;
    console.log(`${taken} of ${list.length} shots, of ${pages} routes, in ${outDir}`);
    console.log(`shots: ${taken} pages, ${warnings.length} warnings`);
  } finally {
    await browser?.close();
    await cloud?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
