/**
 * 操作日志 (weapp build): the trail of the last 7 business days, newest first — when, who (name and masked
 * id), the action's label, its target and a short detail; filtered by venue, period, action and (a tap on a
 * name) the person, the person cleared by its chip; 加载更多 reads the next page. A person the function no
 * longer finds is said in place. Needs `npm run build:weapp` first.
 */
import type { AuditEntryView, Page } from '@shared/contract';
import { AUDITED_ACTIONS } from '@shared/contract/auditLabels';
import { addDays } from '@shared/time';
import { today } from '../../utils/format';
import {
  answers,
  callsTo,
  closePages,
  fails,
  fire,
  openPage,
  reset,
  settle,
  startApp,
  waitFor,
  type RenderedPage,
} from '../../testing/weappPage';

const LI = { ref: 'p-li', name: '李娜', idMasked: 'o8x…k2Qa' };
const ZHAO = { ref: 'p-zhao', name: '赵强', idMasked: 'oQ1…9dZe' };

const entry = (id: string, over: Partial<AuditEntryView> = {}): AuditEntryView => ({
  id,
  at: '2026-12-01T09:05:00+08:00',
  actor: LI,
  action: 'desk.book',
  venueId: 'v-museum',
  target: 'bk_7d2e9a8f3a21c0',
  detail: { slotId: 's-10', company: '星河小学' },
  ...over,
});

const FIRST: Page<AuditEntryView> = {
  items: [
    entry('au-1'),
    entry('au-2', {
      at: '2026-12-01T08:40:00+08:00',
      actor: ZHAO,
      action: 'admin.slot.close',
      target: 's-14',
      detail: { slotId: 's-14', reason: '设备检修' },
    }),
  ],
  next: 'cursor-2',
};
const SECOND: Page<AuditEntryView> = {
  items: [entry('au-3', { at: '2026-11-30T17:00:00+08:00', action: 'checkin.manual', detail: undefined })],
};

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['venue.list'] = [
    { id: 'v-museum', name: '星河科技馆', kind: 'museum' },
    { id: 'v-park', name: '湿地公园', kind: 'scenic_area' },
  ];
  answers['admin.audit.list'] = (data: Record<string, unknown>) => (data.after === 'cursor-2' ? SECOND : FIRST);
});
afterEach(closePages);

const lists = () => callsTo('admin.audit.list').map((c) => c.data);
const LAST_WEEK = { from: addDays(today(), -6), to: today() };

async function open() {
  const page = openPage('manager/audit/index');
  expect(await page.shows('代客预约')).toBe(true);
  return page;
}

/** Picks in the nth system picker of the page (0, 1: the period; 2: the action) as WeChat reports it. */
async function pick(page: RenderedPage, nth: number, value: string | number) {
  fire(page.dom().querySelectorAll('wx-picker')[nth], 'change', { value });
  await settle();
}

describe('操作日志 (weapp build)', () => {
  test('the last 7 days newest first: when, who, what, on what; 加载更多 reads the next page', async () => {
    const page = await open();
    expect(lists()).toEqual([LAST_WEEK]);
    const text = page.text();
    for (const shown of ['2026-12-01 09:05', '李娜', 'o8x…k2Qa', '场馆：星河科技馆', '记录编号：bk_7d2e9…'])
      expect(text).toContain(shown);
    expect(text).toContain('关闭时段');
    expect(text).toContain('原因：设备检修');
    expect(text.indexOf('代客预约')).toBeLessThan(text.indexOf('关闭时段'));

    await page.tap('加载更多');
    expect(await page.shows('手工核验入场')).toBe(true);
    expect(lists().at(-1)).toEqual({ ...LAST_WEEK, after: 'cursor-2' });
    expect(page.text()).toContain('关闭时段');
    expect(await page.shows('没有更多了')).toBe(true);
  }, 20000);

  test('filters: venue, period, action, and a person by a tap on their name, cleared by its chip', async () => {
    const page = await open();
    await page.tap('星河科技馆');
    expect(await waitFor(() => lists().length === 2)).toBe(true);
    expect(lists()[1]).toEqual({ ...LAST_WEEK, venueId: 'v-museum' });

    // A start after the end moves the end with it.
    const later = addDays(today(), 3);
    await pick(page, 0, later);
    expect(await waitFor(() => lists().length === 3)).toBe(true);
    expect(lists()[2]).toEqual({ venueId: 'v-museum', from: later, to: later });
    await pick(page, 0, LAST_WEEK.from);
    await pick(page, 1, LAST_WEEK.to);
    expect(await waitFor(() => lists().at(-1)?.to === LAST_WEEK.to)).toBe(true);

    await pick(page, 2, AUDITED_ACTIONS.indexOf('admin.slot.close') + 1);
    expect(await waitFor(() => lists().at(-1)?.action === 'admin.slot.close')).toBe(true);
    expect(lists().at(-1)).toEqual({ ...LAST_WEEK, venueId: 'v-museum', action: 'admin.slot.close' });

    await pick(page, 2, 0);
    await page.tap('赵强');
    expect(await waitFor(() => lists().at(-1)?.actorRef === 'p-zhao')).toBe(true);
    expect(lists().at(-1)).toEqual({ ...LAST_WEEK, venueId: 'v-museum', actorRef: 'p-zhao' });
    expect(await page.shows('赵强 oQ1…9dZe')).toBe(true);

    await page.tap('✕');
    expect(await waitFor(() => lists().at(-1)?.actorRef === undefined)).toBe(true);
    // The chip goes with the next render, which may come after the call.
    expect(await waitFor(() => !page.text().includes('✕'))).toBe(true);
  }, 20000);

  test('a person the function no longer finds is said in place; clearing the person lists again', async () => {
    const page = await open();
    answers['admin.audit.list'] = (data: Record<string, unknown>) =>
      data.actorRef ? fails('NOT_FOUND', '未找到该人员') : FIRST;
    await page.tap('李娜');
    expect(await page.shows('加载失败')).toBe(true);
    expect(page.text()).toContain('未找到该人员');
    await page.tap('✕');
    expect(await page.shows('代客预约')).toBe(true);
  }, 20000);

  test('someone who manages no venue is told so', async () => {
    answers['user.me'] = { openid: 'o-staff', roles: [{ role: 'staff', venueId: 'v-museum' }], credit: { noShows: 0 } };
    const page = openPage('manager/audit/index');
    expect(await page.shows('仅场馆管理员和领导小组可查看操作日志')).toBe(true);
    expect(lists()).toEqual([]);
  }, 20000);
});
