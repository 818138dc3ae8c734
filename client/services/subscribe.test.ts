/**
 * Subscribe messages on the real weapp build (dist/), rendered by miniprogram-simulate: every tap that
 * will lead to a message asks wx.requestSubscribeMessage at once, in the tap, for at most three
 * templates, counts the answers with notify.subscribed, and only then sends its action; 我的 → 通知设置
 * shows what is left and adds more. Needs `npm run build:weapp` first.
 */
import { TEMPLATE_KIND_LABELS, type TemplateKind } from '@shared/contract/notice';
import type { TemplateView } from '@shared/contract/types';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import {
  answers,
  calls,
  callsTo,
  closePages,
  cls,
  device,
  fails,
  fire,
  lastCall,
  navigated,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  wxCalls,
  type RenderedPage,
} from '../testing/weappPage';

const id = (kind: TemplateKind) => `tmpl-${kind}`;

const FIELDS: Partial<Record<TemplateKind, [string, string][]>> = {
  booking_success: [
    ['thing1', '预约项目'],
    ['time2', '预约时间'],
    ['thing3', '场馆'],
    ['character_string4', '预约编号'],
  ],
  booking_reminder: [
    ['thing1', '预约项目'],
    ['time2', '参观时间'],
    ['thing3', '场馆'],
    ['thing4', '温馨提示'],
  ],
};

function templates(credits: Partial<Record<TemplateKind, number>> = {}): TemplateView[] {
  return (Object.keys(TEMPLATE_KIND_LABELS) as TemplateKind[]).map((kind) => ({
    kind,
    label: TEMPLATE_KIND_LABELS[kind],
    templateId: id(kind),
    fields: (
      FIELDS[kind] ?? [
        ['thing1', '预约项目'],
        ['time2', '预约时间'],
      ]
    ).map(([key, label]) => ({ key, label, type: key.replace(/\d+$/, '') })),
    credits: credits[kind] ?? 0,
  }));
}

const RESOURCE = {
  id: 'r-vr',
  venueId: 'v-museum',
  name: 'VR飞行体验',
  kind: 'exhibit',
  mode: 'slot',
  allocation: 'fcfs',
  location: '二楼东厅',
  policy: DEFAULT_POLICY,
};
const SLOT = {
  id: 's-1',
  resourceId: 'r-vr',
  start: '2026-12-01T09:00:00+08:00',
  end: '2026-12-01T10:00:00+08:00',
  capacity: 30,
  remaining: 12,
  status: 'open',
  opensAt: '2026-11-24T09:00:00+08:00',
  closesAt: '2026-12-01T08:00:00+08:00',
  waiting: 0,
};
const ATTENDEE = {
  id: 'a-1',
  name: '王小明',
  idType: 'id_card',
  idMasked: '1101**********1234',
  phoneMasked: '138****5678',
  credit: { noShows: 0 },
};
const ME = {
  openid: 'o-visitor',
  roles: [],
  credit: { noShows: 0 },
  can: { handleComplaints: false, complaintDesk: false },
  privacyConsent: null,
};
const BOOKING = {
  id: 'b-new',
  slotId: 's-1',
  status: 'confirmed',
  attendees: [{ id: 'a-1', name: '王小明', idMasked: '1101**********1234' }],
  createdAt: SLOT.opensAt,
};
const CONFIRM_QUERY = { venueId: 'v-museum', resourceId: 'r-vr', slotId: 's-1', date: '2026-12-01' };

/** notify.subscribed as the function answers it: one credit more per accept. */
function countAccepts(base: Partial<Record<TemplateKind, number>>) {
  const credits = { ...base };
  return (data: Record<string, unknown>) => {
    for (const [templateId, result] of Object.entries(data.results as Record<string, string>)) {
      const kind = templateId.replace(/^tmpl-/, '') as TemplateKind;
      if (result === 'accept') credits[kind] = (credits[kind] ?? 0) + 1;
    }
    return templates(credits);
  };
}

const asked = () => wxCalls.filter((c) => c.api === 'requestSubscribeMessage').map((c) => c.arg.tmplIds as string[]);
const actions = () => calls.map((c) => c.action);

beforeAll(startApp);
beforeEach(() => {
  reset();
  Object.assign(answers, {
    'user.me': ME,
    'attendee.list': [ATTENDEE],
    'notify.templates': templates(),
    'notify.subscribed': countAccepts({}),
  });
});
afterEach(closePages);

/** Taps the element showing `text` and, in the same turn, before anything async could run, returns what `check` saw. */
function tapAndLook<T>(page: RenderedPage, text: string, selector: string, check: () => T): T {
  const el = page.find(text, selector);
  if (!el) throw new Error(`nothing shows “${text}”`);
  fire(el, 'tap');
  return check();
}

async function pickAttendee(page: RenderedPage) {
  await waitFor(() => page.text().includes('王小明'));
  await page.tap('王小明', cls('nut-checkbox'));
  await waitFor(
    () =>
      page.find('王小明', cls('nut-checkbox-icon-checked')) !== null ||
      page.dom().querySelector(cls('nut-checkbox-icon-checked')) !== null,
  );
}

// The templates are loaded once per app session, and startApp runs the app once per file: this block
// must run first, before any page has loaded them.
describe('before the templates are known', () => {
  it('notify.templates failed: the booking goes out at once, without a popup', async () => {
    Object.assign(answers, { 'resource.list': [RESOURCE], 'slot.list': [SLOT], 'booking.create': BOOKING });
    answers['notify.templates'] = fails('INTERNAL', '服务繁忙');
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    await page.tap('确认预约', cls('nut-button'));
    await waitFor(() => lastCall('booking.create') !== undefined);
    expect(asked()).toEqual([]);
    expect(lastCall('notify.subscribed')).toBeUndefined();
  }, 20000);
});

describe('确认预约', () => {
  beforeEach(() => {
    Object.assign(answers, { 'resource.list': [RESOURCE], 'slot.list': [SLOT], 'booking.create': BOOKING });
  });

  it('asks in the tap, before booking.create goes out: 预约成功, 参观提醒, 预约变更 — then books', async () => {
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    expect(lastCall('notify.templates')).toBeDefined();

    const seen = tapAndLook(page, '确认预约', cls('nut-button'), () => ({
      asked: asked(),
      creates: callsTo('booking.create').length,
    }));
    // Synchronously in the tap: the popup was asked for, nothing was sent yet.
    expect(seen.asked).toEqual([[id('booking_success'), id('booking_reminder'), id('booking_changed')]]);
    expect(seen.creates).toBe(0);

    await waitFor(() => lastCall('booking.create') !== undefined);
    expect(lastCall('booking.create')!.data).toEqual({ slotId: 's-1', attendeeIds: ['a-1'] });
    // The accepts are counted before the booking, so its own 预约成功 message goes out.
    expect(lastCall('notify.subscribed')!.data).toEqual({
      results: {
        [id('booking_success')]: 'accept',
        [id('booking_reminder')]: 'accept',
        [id('booking_changed')]: 'accept',
      },
    });
    expect(lastCall('notify.subscribed')!.requestId).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(actions().indexOf('notify.subscribed')).toBeLessThan(actions().indexOf('booking.create'));
    await waitFor(() => navigated('redirectTo').length > 0, 3000);
    expect(navigated('redirectTo')).toEqual(['/booking/detail/index?bookingId=b-new']);
  }, 20000);

  it('a resource the venue approves asks for 审核结果 instead of 预约成功', async () => {
    answers['resource.list'] = [{ ...RESOURCE, policy: { ...DEFAULT_POLICY, requiresApproval: true } }];
    answers['booking.create'] = { ...BOOKING, status: 'pending_approval' };
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    const seen = tapAndLook(page, '确认预约', cls('nut-button'), asked);
    expect(seen).toEqual([[id('approval_result'), id('booking_reminder'), id('booking_changed')]]);
    await waitFor(() => lastCall('booking.create') !== undefined);
  }, 20000);

  it('a rejected popup still books, and nothing is counted as accepted', async () => {
    device.subscribe = 'reject';
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    await page.tap('确认预约', cls('nut-button'));
    await waitFor(() => lastCall('booking.create') !== undefined);
    expect(Object.values(lastCall('notify.subscribed')!.data!.results as object)).toEqual([
      'reject',
      'reject',
      'reject',
    ]);
  }, 20000);

  it('a popup that fails still books', async () => {
    device.subscribe = 'fail';
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    await page.tap('确认预约', cls('nut-button'));
    await waitFor(() => lastCall('booking.create') !== undefined);
    expect(asked()).toHaveLength(1);
    expect(lastCall('notify.subscribed')).toBeUndefined();
  }, 20000);

  it('joining the waiting list asks for 候补成功, 参观提醒, 预约变更 before waitlist.join', async () => {
    answers['slot.list'] = [{ ...SLOT, remaining: 0, status: 'full', waiting: 3 }];
    answers['waitlist.join'] = {
      id: 'w-1',
      slotId: 's-1',
      resourceId: 'r-vr',
      venueId: 'v-museum',
      resourceName: 'VR飞行体验',
      venueName: '星河科技馆',
      start: SLOT.start,
      end: SLOT.end,
      status: 'waiting',
      position: 4,
      attendees: BOOKING.attendees,
      createdAt: SLOT.opensAt,
    };
    const page = openPage('booking/confirm/index', { ...CONFIRM_QUERY, mode: 'waitlist' });
    await pickAttendee(page);
    await settle(100);
    const seen = tapAndLook(page, '加入候补', cls('nut-button'), () => ({
      asked: asked(),
      joins: callsTo('waitlist.join').length,
    }));
    expect(seen).toEqual({
      asked: [[id('waitlist_promoted'), id('booking_reminder'), id('booking_changed')]],
      joins: 0,
    });
    await waitFor(() => page.text().includes('当前第4位'));
    expect(actions().indexOf('notify.subscribed')).toBeLessThan(actions().indexOf('waitlist.join'));
  }, 20000);
});

describe('only templates the function has', () => {
  it('a kind without a template id is left out of the popup', async () => {
    // The function configured no 预约变更 template; 通知设置 loads the list again, and the tap asks for the rest.
    answers['notify.templates'] = templates().filter((t) => t.kind !== 'booking_changed');
    const settings = openPage('profile/notify-settings/index');
    await waitFor(() => settings.text().includes('投诉处理进度'));
    settings.close();
    Object.assign(answers, { 'resource.list': [RESOURCE], 'slot.list': [SLOT], 'booking.create': BOOKING });
    const page = openPage('booking/confirm/index', CONFIRM_QUERY);
    await pickAttendee(page);
    await settle(100);
    expect(tapAndLook(page, '确认预约', cls('nut-button'), asked)).toEqual([
      [id('booking_success'), id('booking_reminder')],
    ]);
    await waitFor(() => lastCall('booking.create') !== undefined);
    // Back to every template for the tests after this one.
    answers['notify.templates'] = templates();
    const again = openPage('profile/notify-settings/index');
    await waitFor(() => again.text().includes('预约变更通知'));
  }, 20000);
});

describe('抽签报名', () => {
  it('报名抽签 asks for 抽签结果 and 参观提醒 in the tap, before lottery.apply', async () => {
    const lottery = {
      slotId: 's-lot',
      resourceId: 'r-talk',
      resourceName: '院士讲座',
      venueId: 'v-museum',
      start: SLOT.start,
      end: SLOT.end,
      status: 'open',
      opensAt: SLOT.opensAt,
      closesAt: '2026-11-30T12:00:00+08:00',
      drawAt: '2026-11-30T14:00:00+08:00',
      commitment: 'ab'.repeat(32),
      applicants: 3,
      people: 5,
      places: 30,
      unconfirmed: 'nextRanks',
    };
    Object.assign(answers, {
      'lottery.get': lottery,
      'resource.list': [{ ...RESOURCE, id: 'r-talk', name: '院士讲座', allocation: 'lottery' }],
      'lottery.mine': [],
      'waitlist.mine': [],
      'lottery.apply': { id: 'l-1', slotId: 's-lot', status: 'applied' },
    });
    const page = openPage('lottery/slot/index', { slotId: 's-lot' });
    await pickAttendee(page);
    await settle(100);
    const seen = tapAndLook(page, '报名抽签', cls('nut-button'), () => ({
      asked: asked(),
      applies: callsTo('lottery.apply').length,
    }));
    expect(seen).toEqual({ asked: [[id('lottery_result'), id('booking_reminder')]], applies: 0 });
    await waitFor(() => lastCall('lottery.apply') !== undefined);
    expect(actions().indexOf('notify.subscribed')).toBeLessThan(actions().indexOf('lottery.apply'));
  }, 20000);
});

describe('投诉', () => {
  it('提交投诉 asks for 投诉处理进度 once the form is valid, before complaint.create', async () => {
    answers['complaint.create'] = { id: 'c-new', status: 'received' };
    const page = openPage('complaint/file/index');
    await waitFor(() => page.text().includes('提交投诉'));
    await waitFor(() => lastCall('notify.templates') !== undefined);
    await settle(50);
    // An incomplete form asks nothing.
    await page.tap('提交投诉', cls('nut-button'));
    await waitFor(() => page.text().includes('请选择投诉类别'));
    expect(asked()).toEqual([]);

    await page.tap('设施设备', cls('nut-radio'));
    await page.input('complaint-form__textarea', '座椅损坏');
    await settle(100);
    const seen = tapAndLook(page, '提交投诉', cls('nut-button'), () => ({
      asked: asked(),
      creates: callsTo('complaint.create').length,
    }));
    expect(seen).toEqual({ asked: [[id('complaint_progress')]], creates: 0 });
    await waitFor(() => lastCall('complaint.create') !== undefined);
    expect(actions().indexOf('notify.subscribed')).toBeLessThan(actions().indexOf('complaint.create'));
  }, 20000);
});

describe('通知设置', () => {
  it('我的 → 通知设置', async () => {
    answers['notice.list'] = [];
    const page = openPage('pages/me/index');
    await waitFor(() => page.text().includes('通知设置'));
    await page.tap('通知设置', cls('nut-cell'));
    await waitFor(() => navigated('navigateTo').length > 0);
    expect(navigated('navigateTo')).toEqual(['/profile/notify-settings/index']);
  }, 20000);

  it('lists each kind with its fields and what is left; 添加 asks for that kind in the tap and shows the new count', async () => {
    answers['notify.templates'] = templates({ booking_success: 2 });
    answers['notify.subscribed'] = countAccepts({ booking_success: 2 });
    const page = openPage('profile/notify-settings/index');
    await waitFor(() => page.text().includes('投诉处理进度'));
    const card = (kind: TemplateKind) => page.find(TEMPLATE_KIND_LABELS[kind], cls('card'))!;
    expect(card('booking_success').textContent).toContain('预约成功通知');
    expect(card('booking_success').textContent).toContain('可接收 2 次');
    expect(card('booking_success').textContent).toContain('预约项目、预约时间、场馆、预约编号');
    expect(card('booking_reminder').textContent).toContain('可接收 0 次');
    expect(page.text()).toContain('允许');

    const add = card('booking_reminder').querySelector(cls('nut-button'))!;
    fire(add, 'tap');
    // In the tap itself: one template, this kind's.
    expect(asked()).toEqual([[id('booking_reminder')]]);
    await waitFor(() => card('booking_reminder').textContent!.includes('可接收 1 次'));
    expect(lastCall('notify.subscribed')!.data).toEqual({ results: { [id('booking_reminder')]: 'accept' } });
    expect(card('booking_success').textContent).toContain('可接收 2 次');
    await waitFor(() => page.text().includes('已添加'));
  }, 20000);

  it('a rejected 添加 says so and changes nothing', async () => {
    device.subscribe = 'reject';
    const page = openPage('profile/notify-settings/index');
    await waitFor(() => page.text().includes('投诉处理进度'));
    const card = page.find('投诉处理进度', cls('card'))!;
    fire(card.querySelector(cls('nut-button'))!, 'tap');
    expect(asked()).toEqual([[id('complaint_progress')]]);
    await waitFor(() => page.text().includes('未允许接收此通知'));
    expect(card.textContent).toContain('可接收 0 次');
  }, 20000);
});
