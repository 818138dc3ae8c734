/**
 * Floor staff register a complaint received off-line (weapp build): the form shows what is missing next
 * to each field before anything is sent, the server's field errors next to theirs, and the registered
 * complaint with its status and the desk's deadline. Needs `npm run build:weapp` first.
 */
import type { ComplaintView, RoleGrant } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  fails,
  openPage,
  reset,
  startApp,
  type RenderedPage,
} from '../../testing/weappPage';

const AT = '2026-12-01T09:00:00+08:00';
const REGISTERED: ComplaintView = {
  id: 'c-phone-1',
  status: 'received',
  channel: 'phone',
  category: 'guide',
  content: '讲解员态度冷淡',
  contact: '13700001111',
  name: '赵先生',
  photos: [],
  venueId: 'v-museum',
  deadline: { step: 'route', due: '2026-12-01T09:10:00+08:00', leftMs: 600_000, breached: false, calendarKnown: true },
  reopens: 0,
  breaches: 0,
  online: false,
  // Registered for someone else.
  mine: false,
  next: { step: 'route', by: 'desk', mine: false },
  awaiting: '等待客服中心转交处理部门',
  timeline: [{ at: AT, kind: 'received', actor: 'desk', text: '登记来源：电话' }],
  createdAt: AT,
  updatedAt: AT,
};

let roles: RoleGrant[] = [{ role: 'staff', venueId: 'v-museum' }];

beforeAll(startApp);
beforeEach(() => {
  reset();
  roles = [{ role: 'staff', venueId: 'v-museum' }];
  answers['user.me'] = () => ({ openid: 'o-staff', roles, credit: { noShows: 0 } });
  answers['complaint.register'] = REGISTERED;
});
afterEach(closePages);

async function open() {
  const page = openPage('staff/complaint-register/index');
  await page.shows('投诉来源');
  return page;
}

async function fill(page: RenderedPage) {
  await page.tap('电话');
  await page.tap('讲解质量');
  await page.input('register-form__textarea', '讲解员态度冷淡', 0);
  await page.input('nut-input-native', '13700001111', 0);
  await page.input('nut-input-native', '赵先生', 1);
}

describe('登记投诉 (weapp build)', () => {
  test('an empty form shows what is missing next to each field and sends nothing', async () => {
    const page = await open();
    await page.tap('登记投诉');
    expect(await page.shows('请填写联系方式')).toBe(true);
    const text = page.text();
    expect(text).toContain('请选择投诉来源');
    expect(text).toContain('请选择投诉类别');
    expect(text).toContain('请填写投诉内容');
    expect(callsTo('complaint.register')).toEqual([]);
    // Choosing a source clears its error only.
    await page.tap('现场');
    expect(page.text()).not.toContain('请选择投诉来源');
    expect(page.text()).toContain('请选择投诉类别');
    page.close();
  }, 20000);

  test('the server’s field errors show next to the fields', async () => {
    answers['complaint.register'] = fails('INVALID_INPUT', '填写的内容有误，请检查', {
      fields: [{ path: 'data.contact', message: '联系方式最多50字' }],
    });
    const page = await open();
    await fill(page);
    await page.tap('登记投诉');
    expect(await page.shows('联系方式最多50字')).toBe(true);
    expect(callsTo('complaint.register')[0]?.data).toEqual({
      channel: 'phone',
      category: 'guide',
      content: '讲解员态度冷淡',
      contact: '13700001111',
      name: '赵先生',
    });
    page.close();
  }, 20000);

  test('a registered complaint shows its status and the time the desk has to route it', async () => {
    answers['complaint.register'] = REGISTERED;
    const page = await open();
    await fill(page);
    await page.tap('登记投诉');
    expect(await page.shows('投诉已登记')).toBe(true);
    const text = page.text();
    expect(text).toContain('已受理');
    expect(text).toContain('待转交处理部门');
    expect(text).toContain('还剩 10分钟');
    expect(text).toContain('电话 · 讲解质量 · 赵先生');
    await page.tap('继续登记');
    expect(await page.shows('投诉来源')).toBe(true);
    page.close();
  }, 20000);

  test('someone without the staff role is told so', async () => {
    roles = [{ role: 'handler', departmentId: 'dept-exhibition' }];
    const page = openPage('staff/complaint-register/index');
    expect(await page.shows('仅现场服务人员可登记投诉')).toBe(true);
    page.close();
  }, 20000);
});
