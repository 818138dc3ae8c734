/**
 * The staff complaint detail page of the weapp build: it offers exactly the step the function says is the
 * viewer's (`next.mine`), else shows what the complaint waits for (`awaiting`), shows the answer after a
 * step, and a refusal as a toast before loading the complaint again. Needs `npm run build:weapp` first.
 */
import type { ComplaintParty, ComplaintStatus, ComplaintView } from '@shared/contract';
import { answers, calls, closePages, fails, openPage, reset, startApp, waitFor } from '../../testing/weappPage';

const DEPARTMENTS = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true },
  { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'], receiving: false },
  { id: 'dept-guide', name: '讲解部', categories: ['guide'], receiving: false },
];

const AT = '2026-12-01T09:00:00+08:00';

function complaint(status: ComplaintStatus, extra: Partial<ComplaintView> = {}): ComplaintView {
  const routed = status !== 'received';
  return {
    id: 'c1',
    status,
    channel: 'miniprogram',
    category: 'exhibit',
    content: '展品“磁悬浮列车”无法演示，等了二十分钟',
    contact: '13912345678',
    photos: [],
    ...(routed ? { departmentId: 'dept-exhibition', departmentName: '展览部', complexity: 'general' as const } : {}),
    deadline: {
      step: 'route',
      due: '2026-12-01T09:10:00+08:00',
      leftMs: 600_000,
      breached: false,
      calendarKnown: true,
    },
    reopens: 0,
    breaches: 0,
    online: true,
    // Staff open complaints others filed.
    mine: false,
    ...mine('route', 'desk'),
    timeline: [
      { at: AT, kind: 'received', actor: 'complainant' },
      ...(status === 'resolved'
        ? [{ at: AT, kind: 'resolved' as const, actor: 'department' as const, text: '已更换电源模块' }]
        : []),
    ],
    createdAt: AT,
    updatedAt: AT,
    ...extra,
  };
}

/** A text only each step's form shows. */
const STEP_MARKS = {
  route: '按投诉类别推荐了处理部门',
  propose: '提交方案',
  resolve: '提交处理结果',
  reply: '不填写答复内容时',
  confirm: '记录意见',
  followUp: '记录回访',
  archive: '可以归档',
} as const;
type Step = keyof typeof STEP_MARKS;

/** The viewer takes the next step. */
const mine = (step: Step, by: ComplaintParty) => ({ next: { step, by, mine: true } });
/** Someone else takes it (or nothing is left): the complaint says what it waits for. */
const theirs = (awaiting: string, next: { step: Step; by: ComplaintParty } | null) => ({
  next: next && { ...next, mine: false },
  awaiting,
});

let shown: ComplaintView = complaint('received');

beforeAll(startApp);
beforeEach(() => {
  reset();
  answers['complaint.get'] = () => shown;
  answers['department.list'] = DEPARTMENTS;
});
afterEach(closePages);

async function open(c: ComplaintView) {
  shown = c;
  const page = openPage('manager/complaint/index', { complaintId: c.id });
  if (!(await page.shows('处理记录'))) throw new Error(`the page did not load: ${page.text()}`);
  return page;
}

describe('投诉详情 (weapp build): the viewer’s step in the status', () => {
  const cases: [string, ComplaintView, Step | null, string | undefined][] = [
    ['the desk, received', complaint('received'), 'route', undefined],
    ['routed, to the department', complaint('routed', mine('propose', 'department')), 'propose', undefined],
    [
      'routed, to anyone else',
      complaint('routed', theirs('等待展览部制定解决方案', { step: 'propose', by: 'department' })),
      null,
      '等待展览部制定解决方案',
    ],
    [
      'reopened, to the department',
      complaint('reopened', { reopens: 1, ...mine('propose', 'department') }),
      'propose',
      undefined,
    ],
    ['proposed, to the department', complaint('proposed', mine('resolve', 'department')), 'resolve', undefined],
    ['resolved, to the desk', complaint('resolved', mine('reply', 'desk')), 'reply', undefined],
    [
      'replied, to anyone but the complainant',
      complaint('replied', theirs('等待投诉人确认是否满意', { step: 'confirm', by: 'complainant' })),
      null,
      '等待投诉人确认是否满意',
    ],
    [
      'replied offline, to the desk',
      complaint('replied', { online: false, channel: 'phone', ...mine('confirm', 'desk') }),
      'confirm',
      undefined,
    ],
    [
      'satisfied, to the desk',
      complaint('satisfied', { satisfied: true, ...mine('followUp', 'desk') }),
      'followUp',
      undefined,
    ],
    ['no answer, to the desk', complaint('no_answer', mine('archive', 'desk')), 'archive', undefined],
    [
      'archived',
      complaint('archived', { deadline: undefined, ...theirs('已归档，处理流程结束', null) }),
      null,
      '已归档，处理流程结束',
    ],
  ];

  test.each(cases)(
    '%s',
    async (_name, c, step, waiting) => {
      const page = await open(c);
      if (step) await page.shows(STEP_MARKS[step]);
      const text = page.text();
      for (const [s, mark] of Object.entries(STEP_MARKS)) {
        if (s === step) expect(text).toContain(mark);
        else expect(text).not.toContain(mark);
      }
      if (waiting) expect(text).toContain(waiting);
      page.close();
    },
    20000,
  );
});

describe('投诉详情 (weapp build): taking a step', () => {
  test('the desk routes to the suggested department and sees the complaint as the server answers it', async () => {
    answers['complaint.route'] = complaint('routed', {
      ...theirs('等待展览部制定解决方案', { step: 'propose', by: 'department' }),
      deadline: {
        step: 'propose',
        due: '2026-12-01T11:05:00+08:00',
        leftMs: 7_200_000,
        breached: false,
        calendarKnown: true,
      },
    });
    const page = await open(complaint('received', { contact: '13912345678' }));
    expect(page.text()).toContain('13912345678');
    await page.shows(STEP_MARKS.route);
    await page.shows('展览部');
    await page.tap('复杂');
    await page.tap('转交');
    await page.shows('等待展览部制定解决方案');
    const route = calls.find((c) => c.action === 'complaint.route');
    expect(route?.data).toEqual({ complaintId: 'c1', departmentId: 'dept-exhibition', complexity: 'complex' });
    expect(route?.requestId).toEqual(expect.any(String));
    expect(page.text()).toContain('待制定解决方案');
    expect(page.text()).not.toContain(STEP_MARKS.route);
    page.close();
  }, 20000);

  test('a proposal needs a text: the error shows under the field and nothing is sent', async () => {
    const page = await open(complaint('routed', mine('propose', 'department')));
    await page.tap('提交方案');
    expect(await page.shows('请填写处理说明')).toBe(true);
    expect(calls.some((c) => c.action === 'complaint.propose')).toBe(false);
    page.close();
  }, 20000);

  test('a refusal (INVALID_STATE) shows as a toast and the complaint is loaded again', async () => {
    answers['complaint.propose'] = fails('INVALID_STATE', '当前状态不允许此操作');
    const page = await open(complaint('routed', mine('propose', 'department')));
    await page.input('step-panel__textarea', '检修磁悬浮展项的电源模块');
    shown = complaint('proposed', mine('resolve', 'department'));
    await page.tap('提交方案');
    expect(await page.shows('当前状态不允许此操作')).toBe(true);
    expect(calls.find((c) => c.action === 'complaint.propose')?.data).toEqual({
      complaintId: 'c1',
      text: '检修磁悬浮展项的电源模块',
    });
    // Loaded again: the complaint has moved on, so the department now resolves it.
    expect(await waitFor(() => page.text().includes(STEP_MARKS.resolve))).toBe(true);
    expect(calls.filter((c) => c.action === 'complaint.get')).toHaveLength(2);
    page.close();
  }, 20000);

  test('the desk records that an offline complainant is not satisfied', async () => {
    answers['complaint.confirm'] = complaint('reopened', {
      online: false,
      reopens: 1,
      satisfied: false,
      ...theirs('等待展览部制定解决方案', { step: 'propose', by: 'department' }),
    });
    const page = await open(
      complaint('replied', { online: false, channel: 'phone', name: '赵先生', ...mine('confirm', 'desk') }),
    );
    await page.tap('记录意见');
    expect(await page.shows('请选择投诉人是否满意')).toBe(true);
    await page.tap('不满意');
    await page.input('step-panel__textarea', '仍然时好时坏');
    await page.tap('记录意见');
    await page.shows('重新处理中');
    expect(calls.find((c) => c.action === 'complaint.confirm')?.data).toEqual({
      complaintId: 'c1',
      satisfied: false,
      comment: '仍然时好时坏',
    });
    expect(page.text()).toContain('等待展览部制定解决方案');
    page.close();
  }, 20000);
});
