/**
 * 参观评价 (weapp build): visitors' ratings of the last 30 business days, newest first — resource, visit time,
 * the three scores (low ones marked) and the comment; 只看低分 asks for ratings at LOW_RATING or below; a low
 * rating shows 待回访 and 记录回访, whose note (checked on the phone first) is sent with
 * admin.feedback.followUp and then shown with who and when; 加载更多 reads the next page.
 * Needs `npm run build:weapp` first.
 */
import { LOW_RATING } from '@shared/contract/records';
import type { FeedbackRecordView, Page } from '@shared/contract/types';
import { addDays } from '@shared/time';
import { today } from '../../utils/format';
import { answers, callsTo, closePages, cls, fails, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const rating = (id: string, over: Partial<FeedbackRecordView> = {}): FeedbackRecordView => ({
  id,
  bookingId: `b-${id}`,
  venueId: 'v-museum',
  resourceId: 'r-vr',
  resourceName: 'VR飞行体验',
  start: '2026-12-01T09:00:00+08:00',
  experience: 5,
  exhibitCondition: 4,
  service: 5,
  lowest: 4,
  needsFollowUp: false,
  createdAt: '2026-12-01T11:00:00+08:00',
  ...over,
});

const LOW = rating('f-low', {
  resourceName: '球幕影院',
  experience: 3,
  exhibitCondition: 1,
  service: 2,
  lowest: 1,
  needsFollowUp: true,
  comment: '座椅损坏，工作人员态度冷淡',
});
const GOOD = rating('f-good', { comment: '很震撼' });
const OLDER = rating('f-older', { resourceName: '机器人剧场', createdAt: '2026-11-20T15:00:00+08:00' });

const FIRST: Page<FeedbackRecordView> = { items: [LOW, GOOD], next: 'cursor-2' };
const FOLLOWED = {
  note: '已电话致歉，座椅已报修',
  at: '2026-12-02T10:00:00+08:00',
  by: { ref: 'p-1', name: '陈经理', idMasked: 'oM2…7yQw' },
};

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['user.me'] = {
    openid: 'o-manager',
    roles: [{ role: 'manager', venueId: 'v-museum' }],
    credit: { noShows: 0 },
  };
  answers['venue.list'] = [{ id: 'v-museum', name: '星河科技馆', kind: 'museum' }];
  answers['admin.feedback.list'] = (data: Record<string, unknown>) =>
    data.after === 'cursor-2' ? { items: [OLDER] } : data.maxScore ? { items: [LOW] } : FIRST;
});
afterEach(closePages);

const lists = () => callsTo('admin.feedback.list').map((c) => c.data);
const LAST_MONTH = { from: addDays(today(), -29), to: today() };

async function open() {
  const page = openPage('manager/feedback/index', { venueId: 'v-museum' });
  expect(await page.shows('球幕影院')).toBe(true);
  return page;
}

describe('参观评价 (weapp build)', () => {
  test('ratings with their scores and comments; 只看低分 asks for the low ones; 加载更多 the next page', async () => {
    const page = await open();
    expect(lists()).toEqual([{ ...LAST_MONTH, venueId: 'v-museum' }]);
    const text = page.text();
    for (const shown of [
      '参观时间：2026-12-01 09:00',
      '体验 3分',
      '展品状况 1分',
      '服务 2分',
      '座椅损坏，工作人员态度冷淡',
    ])
      expect(text).toContain(shown);
    expect(text).toContain('很震撼');
    // Only the low one waits for a follow-up, and its low scores are marked.
    expect(page.dom().querySelectorAll(cls('nut-tag'))).toHaveLength(1);
    expect(text).toContain('待回访');
    expect(page.dom().querySelectorAll(cls('feedback__score--low'))).toHaveLength(2);

    await page.tap('加载更多');
    expect(await page.shows('机器人剧场')).toBe(true);
    expect(lists().at(-1)).toEqual({ ...LAST_MONTH, venueId: 'v-museum', after: 'cursor-2' });
    expect(await page.shows('没有更多了')).toBe(true);

    await page.tap('只看低分', cls('nut-checkbox'));
    expect(await waitFor(() => lists().at(-1)?.maxScore === LOW_RATING)).toBe(true);
    expect(lists().at(-1)).toEqual({ ...LAST_MONTH, venueId: 'v-museum', maxScore: LOW_RATING });
    expect(await waitFor(() => !page.text().includes('很震撼'))).toBe(true);
  }, 20000);

  test('记录回访: the note is checked on the phone, sent, and shown with who and when', async () => {
    answers['admin.feedback.followUp'] = (data: Record<string, unknown>) => ({
      ...LOW,
      followUp: { ...FOLLOWED, note: data.note },
    });
    const page = await open();
    await page.tap('记录回访', cls('nut-button'));
    expect(await page.shows('回访观众后记下结果')).toBe(true);

    await page.input('nut-input-native', '好');
    await page.tap('保存');
    expect(await page.shows('请填写回访情况')).toBe(true);
    expect(callsTo('admin.feedback.followUp')).toEqual([]);

    await page.input('nut-input-native', '已电话致歉，座椅已报修');
    await page.tap('保存');
    expect(await page.shows('已记录回访')).toBe(true);
    expect(callsTo('admin.feedback.followUp').map((c) => c.data)).toEqual([
      { feedbackId: 'f-low', note: '已电话致歉，座椅已报修' },
    ]);
    expect(await page.shows('回访：已电话致歉，座椅已报修')).toBe(true);
    expect(page.text()).toContain('陈经理 · 2026-12-02 10:00');
    expect(page.text()).toContain('已回访');
    expect(page.text()).not.toContain('待回访');
    expect(page.find('记录回访', cls('nut-button'))).toBeNull();
  }, 20000);

  test('a follow-up the function refuses is said, and the dialog stays to try again', async () => {
    answers['admin.feedback.followUp'] = fails('INVALID_INPUT', '填写的信息有误，请检查后重试', {
      fields: [{ path: 'data.note', message: '回访情况最多500字' }],
    });
    const page = await open();
    await page.tap('记录回访', cls('nut-button'));
    await page.input('nut-input-native', '已电话致歉');
    await page.tap('保存');
    expect(await page.shows('回访情况最多500字')).toBe(true);
    expect(page.text()).toContain('回访观众后记下结果');
    expect(page.text()).toContain('待回访');
  }, 20000);
});
