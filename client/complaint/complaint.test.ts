/**
 * The visitor's complaint pages of the real weapp build (dist/), rendered by miniprogram-simulate with
 * WeChat's template compiler; wx.cloud is stubbed. Needs `npm run build:weapp` first.
 */
import type { BookingView, ComplaintView } from '@shared/contract';
import {
  answers,
  callsTo,
  closePages,
  cls,
  device,
  fails,
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

const AT = '2026-12-01T09:00:00+08:00';

function complaint(over: Partial<ComplaintView> = {}): ComplaintView {
  return {
    id: 'c-1',
    status: 'received',
    channel: 'miniprogram',
    category: 'facility',
    content: '二楼东厅的VR座椅有一把损坏，体验时晃动明显。',
    photos: [],
    reopens: 0,
    breaches: 0,
    online: true,
    mine: true,
    next: { step: 'route', by: 'desk', mine: false },
    awaiting: '等待客服中心转交处理部门',
    timeline: [{ at: AT, kind: 'received', actor: 'complainant' }],
    createdAt: AT,
    updatedAt: AT,
    ...over,
  };
}

const REPLIED = complaint({
  id: 'c-replied',
  status: 'replied',
  departmentId: 'dept-exhibition',
  departmentName: '展览部',
  deadline: {
    step: 'confirm',
    due: '2026-12-08T11:00:00+08:00',
    leftMs: 6 * 86_400_000,
    breached: false,
    calendarKnown: true,
  },
  photos: ['cloud://cloud1.636c-cloud1-1300000000/complaints/a.jpg'],
  visit: { resourceName: 'VR飞行体验', venueName: '星河科技馆', start: AT, checkedInAt: '2026-12-01T08:55:00+08:00' },
  bookingId: 'b-1',
  next: { step: 'confirm', by: 'complainant', mine: true },
  awaiting: undefined,
  timeline: [
    { at: AT, kind: 'received', actor: 'complainant' },
    { at: '2026-12-01T09:05:00+08:00', kind: 'routed', actor: 'desk', departmentName: '展览部' },
    {
      at: '2026-12-01T10:00:00+08:00',
      kind: 'proposed',
      actor: 'department',
      departmentName: '展览部',
      text: '更换座椅',
    },
    {
      at: '2026-12-01T10:30:00+08:00',
      kind: 'resolved',
      actor: 'department',
      departmentName: '展览部',
      text: '座椅已更换',
    },
    {
      at: '2026-12-01T10:35:00+08:00',
      kind: 'replied',
      actor: 'desk',
      text: '您反映的座椅已于今日更换，感谢您的监督。',
    },
  ],
});

function booking(over: Partial<BookingView> = {}): BookingView {
  return {
    id: 'b-1',
    slotId: 's-1',
    resourceId: 'r-vr',
    venueId: 'v-museum',
    resourceName: 'VR飞行体验',
    venueName: '星河科技馆',
    start: AT,
    end: '2026-12-01T10:00:00+08:00',
    status: 'checked_in',
    attendees: [{ id: 'a-1', name: '张三', idMasked: '1101**********1234' }],
    createdAt: '2026-11-28T09:00:00+08:00',
    cancelDeadline: '2026-12-01T07:00:00+08:00',
    changeDeadline: '2026-12-01T07:00:00+08:00',
    actions: ['complain'],
    checkinOpensAt: '2026-12-01T08:30:00+08:00',
    checkedInAt: '2026-12-01T08:55:00+08:00',
    ...over,
  };
}

beforeAll(startApp);
beforeEach(reset);
afterEach(closePages);

async function choose(page: RenderedPage, category: string) {
  await page.tap(category, cls('nut-radio'));
  await waitFor(() => page.find(category, cls('nut-radio-button-active')) !== null);
}

async function write(page: RenderedPage, content: string) {
  await page.input('complaint-form__textarea', content);
  await waitFor(() => page.text().includes(`${content.length}/1000`));
}

const button = (name: string) => [name, cls('nut-button')] as const;

/** The templates whose messages a complaint sends. */
const TEMPLATES = [
  { kind: 'complaint_progress', label: '投诉处理进度', templateId: 'tmpl-progress', fields: [], credits: 0 },
];
const asked = () => wxCalls.filter((c) => c.api === 'requestSubscribeMessage').map((c) => c.arg.tmplIds);

describe('投诉建议 (file)', () => {
  beforeEach(() => {
    answers['notify.templates'] = TEMPLATES;
    answers['notify.subscribed'] = TEMPLATES;
  });

  it('checks the form before sending: a category and the content are needed', async () => {
    const page = openPage('complaint/file/index');
    await waitFor(() => page.text().includes('提交投诉'));
    expect(page.text()).toContain('服务态度');
    expect(page.text()).toContain('安全管理');
    await page.tap(...button('提交投诉'));
    await waitFor(() => page.text().includes('请选择投诉类别'));
    expect(page.text()).toContain('请选择投诉类别');
    expect(page.text()).toContain('请填写投诉内容');
    expect(lastCall('complaint.create')).toBeUndefined();
    // Nothing will be sent, so no messages are asked for.
    expect(lastCall('notify.templates')).toBeDefined();
    expect(asked()).toEqual([]);
  }, 20000);

  it('uploads the chosen photos and files the complaint, then opens it', async () => {
    answers['complaint.create'] = (data: Record<string, unknown>) =>
      complaint({ id: 'c-new', category: data.category as ComplaintView['category'] });
    device.chosen = [{ path: 'http://tmp/photo-1.png', size: 20_000 }];
    const page = openPage('complaint/file/index');
    await waitFor(() => page.text().includes('提交投诉'));

    await choose(page, '设施设备');
    await write(page, '  座椅损坏  ');
    await page.tap('0/3', cls('photo-picker__add'));
    await waitFor(() => page.text().includes('1/3') && !page.text().includes('上传中'));
    expect(wxCalls.find((c) => c.api === 'chooseImage')?.arg).toMatchObject({ count: 3 });
    const upload = wxCalls.find((c) => c.api === 'cloud.uploadFile')!.arg as { cloudPath: string; filePath: string };
    expect(upload.filePath).toBe('http://tmp/photo-1.png');
    expect(upload.cloudPath).toMatch(/^complaints\/[A-Za-z0-9]+\.png$/);

    await page.tap(...button('提交投诉'));
    await waitFor(() => lastCall('complaint.create') !== undefined);
    const sent = lastCall('complaint.create')!;
    expect(asked()).toEqual([['tmpl-progress']]);
    expect(sent.data).toEqual({
      category: 'facility',
      content: '座椅损坏',
      photos: [`cloud://cloud1.636c-cloud1-1300000000/${upload.cloudPath}`],
    });
    expect(sent.requestId).toMatch(/^[A-Za-z0-9]{20}$/);
    await waitFor(() => navigated('redirectTo').length > 0, 3000);
    expect(navigated('redirectTo')).toEqual(['/complaint/detail/index?complaintId=c-new']);
  }, 20000);

  it('a photo whose upload fails is dropped, and the visitor is told', async () => {
    device.chosen = [{ path: 'http://tmp/photo-2.jpg', size: 20_000 }];
    device.uploadFails = true;
    const page = openPage('complaint/file/index');
    await waitFor(() => page.text().includes('0/3'));
    await page.tap('0/3', cls('photo-picker__add'));
    await waitFor(() => page.text().includes('照片上传失败，请重试'));
    expect(page.text()).toContain('0/3');
    expect(page.text()).not.toContain('上传中');
  }, 20000);

  it('shows the server’s field errors next to their fields', async () => {
    answers['complaint.create'] = fails('INVALID_INPUT', '输入有误', {
      fields: [{ path: 'data.contact', message: '联系方式最多50字' }],
    });
    const page = openPage('complaint/file/index');
    await waitFor(() => page.text().includes('提交投诉'));
    await choose(page, '服务态度');
    await write(page, '讲解员态度冷淡');
    await page.tap(...button('提交投诉'));
    await waitFor(() => page.text().includes('联系方式最多50字'));
    const error = page.find('联系方式最多50字', cls('field__error'));
    expect(error).not.toBeNull();
    // In the contact row, under its label.
    expect(error!.parentElement!.textContent).toContain('联系方式');
    expect(navigated('redirectTo')).toEqual([]);
  }, 20000);

  it('opened from a booking: shows the visit and files the complaint about it', async () => {
    answers['booking.get'] = booking();
    answers['complaint.create'] = complaint({ id: 'c-visit' });
    const page = openPage('complaint/file/index', { bookingId: 'b-1' });
    await waitFor(() => page.text().includes('VR飞行体验'));
    expect(page.text()).toContain('星河科技馆');
    expect(page.text()).toContain('已入场');
    await choose(page, '讲解质量');
    await write(page, '讲解内容与展品不符');
    await page.tap(...button('提交投诉'));
    await waitFor(() => lastCall('complaint.create') !== undefined);
    expect(lastCall('complaint.create')!.data).toEqual({
      category: 'guide',
      content: '讲解内容与展品不符',
      bookingId: 'b-1',
    });
  }, 20000);
});

describe('投诉详情 (detail)', () => {
  it('the complainant answers a reply: 满意 / 不满意, the reply, the visit, the deadline and the timeline', async () => {
    answers['complaint.get'] = REPLIED;
    answers['complaint.confirm'] = (data: Record<string, unknown>) => ({
      ...REPLIED,
      status: data.satisfied ? 'satisfied' : 'reopened',
      deadline: undefined,
      next: data.satisfied
        ? { step: 'followUp', by: 'desk', mine: false }
        : { step: 'propose', by: 'department', mine: false },
    });
    const page = openPage('complaint/detail/index', { complaintId: 'c-replied' });
    expect(await page.shows('不满意')).toBe(true);
    expect(page.text()).toContain('已答复，待确认');
    expect(page.text()).toContain('您反映的座椅已于今日更换，感谢您的监督。');
    expect(page.text()).toContain('VR飞行体验');
    expect(page.text()).toContain('已入场');
    expect(page.text()).toContain('待投诉人确认');
    expect(page.text()).toContain('转交展览部处理');
    expect(page.text()).toContain('满意');
    // Whether the caller filed it comes with the complaint (`mine`): nothing else is asked.
    expect(lastCall('complaint.get')!.data).toEqual({ complaintId: 'c-replied' });
    expect(lastCall('complaint.list')).toBeUndefined();

    await page.tap(...button('不满意'));
    await waitFor(() => page.text().includes('提交不满意'));
    await page.input('complaint-detail__textarea', '座椅仍然晃动');
    await settle(100);
    await page.tap(...button('提交不满意'));
    await waitFor(() => lastCall('complaint.confirm') !== undefined);
    expect(lastCall('complaint.confirm')!.data).toEqual({
      complaintId: 'c-replied',
      satisfied: false,
      comment: '座椅仍然晃动',
    });
    await waitFor(() => page.text().includes('重新处理中'));
    expect(page.text()).not.toContain('提交不满意');
  }, 20000);

  it('满意 asks first, then confirms', async () => {
    answers['complaint.get'] = REPLIED;
    answers['complaint.confirm'] = {
      ...REPLIED,
      status: 'satisfied',
      satisfied: true,
      next: { step: 'followUp', by: 'desk', mine: false },
    };
    const page = openPage('complaint/detail/index', { complaintId: 'c-replied' });
    await waitFor(() => page.text().includes('不满意'));
    await page.tap(...button('满意'));
    await waitFor(() => page.text().includes('确认满意'));
    expect(lastCall('complaint.confirm')).toBeUndefined();
    await settle(100);
    await page.tap('确认满意', cls('nut-button'));
    await waitFor(() => lastCall('complaint.confirm') !== undefined);
    expect(lastCall('complaint.confirm')!.data).toEqual({ complaintId: 'c-replied', satisfied: true });
  }, 20000);

  it('a confirmation refused because the complaint moved on is toasted and the complaint loads again', async () => {
    let shown = REPLIED;
    answers['complaint.get'] = () => shown;
    answers['complaint.confirm'] = () => {
      shown = {
        ...REPLIED,
        status: 'no_answer',
        deadline: undefined,
        next: { step: 'archive', by: 'desk', mine: false },
      };
      return fails('INVALID_STATE', '投诉已关闭，无法确认');
    };
    const page = openPage('complaint/detail/index', { complaintId: 'c-replied' });
    await waitFor(() => page.text().includes('不满意'));
    await page.tap(...button('满意'));
    await waitFor(() => page.text().includes('确认满意'));
    await settle(100);
    await page.tap('确认满意', cls('nut-button'));
    expect(await page.shows('投诉已关闭，无法确认')).toBe(true);
    expect(await waitFor(() => callsTo('complaint.get').length === 2)).toBe(true);
    expect(await page.shows('未回复，已关闭')).toBe(true);
    expect(page.text()).not.toContain('您对处理结果满意吗');
  }, 20000);

  it('no 满意 / 不满意 before the reply', async () => {
    const routed = complaint({
      status: 'routed',
      departmentName: '展览部',
      deadline: {
        step: 'propose',
        due: '2026-12-01T11:05:00+08:00',
        leftMs: 90 * 60_000,
        breached: false,
        calendarKnown: true,
      },
      timeline: [REPLIED.timeline[0], REPLIED.timeline[1]],
    });
    answers['complaint.get'] = routed;
    const page = openPage('complaint/detail/index', { complaintId: 'c-1' });
    await waitFor(() => page.text().includes('处理进度'));
    expect(page.text()).toContain('处理中');
    expect(page.text()).toContain('待制定解决方案');
    expect(page.text()).toContain('还剩 1小时30分钟');
    expect(page.text()).not.toContain('不满意');
    expect(page.text()).not.toContain('处理答复');
    expect(lastCall('complaint.list')).toBeUndefined();
  }, 20000);

  it('no 满意 / 不满意 for someone who did not file it', async () => {
    // The same replied complaint as above, to someone who did not file it.
    answers['complaint.get'] = {
      ...REPLIED,
      mine: false,
      next: { step: 'confirm', by: 'complainant', mine: false },
      awaiting: '等待投诉人确认处理结果',
    };
    const page = openPage('complaint/detail/index', { complaintId: 'c-replied' });
    expect(await page.shows('处理答复')).toBe(true);
    expect(page.text()).toContain('您反映的座椅已于今日更换，感谢您的监督。');
    expect(page.text()).not.toContain('您对处理结果满意吗');
    expect(page.text()).not.toContain('不满意');
    expect(page.find('满意', cls('nut-button'))).toBeNull();
    expect(lastCall('complaint.list')).toBeUndefined();
  }, 20000);
});

describe('我的投诉 (mine)', () => {
  it('lists the complaints newest first and opens one; 我要投诉 files a new one', async () => {
    answers['complaint.list'] = [
      complaint({
        id: 'c-old',
        category: 'service',
        content: '检票员态度不好',
        createdAt: '2026-11-20T09:00:00+08:00',
      }),
      complaint({
        id: 'c-new',
        category: 'safety',
        content: '消防通道被堆放杂物',
        createdAt: '2026-11-30T09:00:00+08:00',
      }),
    ];
    const page = openPage('complaint/mine/index');
    await waitFor(() => page.text().includes('消防通道'));
    const text = page.text();
    expect(text.indexOf('安全管理')).toBeLessThan(text.indexOf('服务态度'));
    expect(text).toContain('2026-11-30 09:00');
    expect(lastCall('complaint.list')!.data).toEqual({ view: 'mine' });
    await page.tap('消防通道被堆放杂物', cls('card'));
    await waitFor(() => navigated('navigateTo').length > 0);
    expect(navigated('navigateTo')).toEqual(['/complaint/detail/index?complaintId=c-new']);
    await page.tap(...button('我要投诉'));
    await waitFor(() => navigated('navigateTo').length > 1);
    expect(navigated('navigateTo')[1]).toBe('/complaint/file/index');
  }, 20000);

  it('says so when there are none', async () => {
    answers['complaint.list'] = [];
    const page = openPage('complaint/mine/index');
    await waitFor(() => page.text().includes('还没有投诉记录'));
    expect(page.text()).toContain('我要投诉');
  }, 20000);
});

describe('entries', () => {
  const ME = {
    openid: 'o-visitor',
    roles: [] as unknown[],
    credit: { noShows: 0 },
    can: { handleComplaints: false, complaintDesk: false },
    privacyConsent: null,
  };

  it('我的: 我的投诉 for everyone, 投诉处理 only for handlers and the desk', async () => {
    answers['notice.list'] = [];
    answers['user.me'] = ME;
    const visitor = openPage('pages/me/index');
    await waitFor(() => visitor.text().includes('我的投诉'));
    expect(visitor.text()).not.toContain('投诉处理');
    await visitor.tap('我的投诉', cls('nut-cell'));
    await waitFor(() => navigated('navigateTo').length > 0);
    expect(navigated('navigateTo')).toEqual(['/complaint/mine/index']);
    visitor.close();

    answers['user.me'] = {
      ...ME,
      roles: [{ role: 'handler', departmentId: 'dept-exhibition' }],
      can: { handleComplaints: true, complaintDesk: false },
    };
    const handler = openPage('pages/me/index');
    await waitFor(() => handler.text().includes('投诉处理'));
    await handler.tap('投诉处理', cls('nut-cell'));
    await waitFor(() => navigated('navigateTo').length > 1);
    expect(navigated('navigateTo')[1]).toBe('/manager/complaints/index');
    handler.close();

    answers['user.me'] = { ...ME, roles: [{ role: 'admin' }], can: { handleComplaints: true, complaintDesk: true } };
    const admin = openPage('pages/me/index');
    await waitFor(() => admin.text().includes('投诉处理'));
    expect(admin.text()).toContain('场馆管理');
  }, 20000);

  it('预约详情: 投诉建议 about this booking, not while it awaits approval', async () => {
    answers['booking.get'] = booking();
    const page = openPage('booking/detail/index', { bookingId: 'b-1' });
    await waitFor(() => page.text().includes('投诉建议'));
    await page.tap('投诉建议', cls('detail__complain'));
    await waitFor(() => navigated('navigateTo').length > 0);
    expect(navigated('navigateTo')).toEqual(['/complaint/file/index?bookingId=b-1']);
    page.close();

    answers['booking.get'] = booking({ status: 'pending_approval', checkedInAt: undefined, actions: ['cancel'] });
    const pending = openPage('booking/detail/index', { bookingId: 'b-1' });
    await waitFor(() => pending.text().includes('场馆审核中'));
    expect(pending.text()).not.toContain('投诉建议');
  }, 20000);
});
