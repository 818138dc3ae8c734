/**
 * The blocked list (weapp build): who is blocked at which venue and until when; 解除限制 asks for a reason,
 * sends it with the person and venue and takes them off the list; a refusal keeps the dialog open to try
 * again. Needs `npm run build:weapp` first.
 */
import type { BlockedView } from '@shared/contract';
import { answers, callsTo, closePages, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const BLOCKED: BlockedView[] = [
  {
    attendeeId: 'a-1',
    name: '张三',
    idMasked: '1101**********0011',
    venueId: 'venue-museum',
    venueName: '星河科技馆',
    noShows: 3,
    blockedUntil: '2026-12-31T09:00:00+08:00',
  },
  {
    attendeeId: 'a-2',
    name: '李四',
    idMasked: '1101**********0022',
    venueId: 'venue-museum',
    venueName: '星河科技馆',
    noShows: 4,
    blockedUntil: '2027-01-05T09:00:00+08:00',
  },
];

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = { openid: 'o-manager', roles: [{ role: 'manager' }], credit: { noShows: 0 } };
  answers['admin.credit.blocked'] = BLOCKED;
  answers['admin.credit.lift'] = { lifted: true };
});
afterEach(closePages);

async function open() {
  const page = openPage('manager/credit/index', { venueId: 'venue-museum' });
  await page.shows('因多次未到场被暂停预约的证件（2）');
  return page;
}

describe('暂停预约名单 (weapp build)', () => {
  test('lists each blocked person with their no-shows and the end of the block', async () => {
    const page = await open();
    expect(callsTo('admin.credit.blocked')[0]?.data).toEqual({ venueId: 'venue-museum' });
    const text = page.text();
    expect(text).toContain('1101**********0011');
    expect(text).toContain('3 次');
    expect(text).toContain('2026-12-31 09:00');
    page.close();
  }, 20000);

  test('解除限制 sends the reason with the person and venue and takes them off the list', async () => {
    const page = await open();
    await page.tap('解除限制');
    expect(await page.shows('解除后「张三」（1101**********0011）可立即在星河科技馆重新预约')).toBe(true);
    await page.input('nut-input-native', '已核实因病未能到场');
    await page.tap('确认解除');
    expect(await page.shows('已解除限制')).toBe(true);
    expect(callsTo('admin.credit.lift').map((c) => c.data)).toEqual([
      { attendeeId: 'a-1', venueId: 'venue-museum', reason: '已核实因病未能到场' },
    ]);
    expect(await waitFor(() => !page.text().includes('张三'))).toBe(true);
    expect(page.text()).toContain('李四');
    page.close();
  }, 20000);

  test('a network failure is toasted and keeps the dialog; confirming again repeats the same request', async () => {
    answers['admin.credit.lift'] = () => {
      throw new Error('offline');
    };
    const page = await open();
    await page.tap('解除限制');
    await page.input('nut-input-native', '已核实因病未能到场');
    await page.tap('确认解除');
    expect(await page.shows('网络异常，请检查网络后重试', 8000)).toBe(true);
    answers['admin.credit.lift'] = { lifted: true };
    await page.tap('确认解除');
    expect(await page.shows('已解除限制')).toBe(true);
    const lifts = callsTo('admin.credit.lift');
    expect(lifts.length).toBeGreaterThan(1);
    expect(new Set(lifts.map((c) => c.requestId)).size).toBe(1);
    expect(lifts.at(-1)?.data).toEqual(lifts[0].data);
    page.close();
  }, 20000);
});
