// Every template's builder, from notices with long Chinese, emoji and mixed text, stays within the
// limits of every field (the builder throws otherwise).
import { NOTICE_KINDS, TEMPLATE_KINDS, type NoticeData } from '@shared/contract';
import { charCount, fieldProblem } from '@shared/rules/templateFields';
import { ROUTES } from '@shared/routes';
import { buildMessage, messageSchema, TEMPLATE_OF, templateFields } from './templates';

const LONG = '中国科学技术馆航空航天展厅虚拟现实飞行体验项目第二场（含讲解）';
const EMOJI = '🚀火箭👨‍👩‍👧‍👦亲子🇨🇳专场🚀火箭👨‍👩‍👧‍👦亲子🇨🇳专场';
const MIXED = 'VR飞行 · A区3号厅 · Zone-B（need 15min）';

const notices: NoticeData[] = [LONG, EMOJI, MIXED, '短'].map((text) => ({
  bookingId: 'b' + 'a1'.repeat(15),
  applicationId: 'l' + 'c3'.repeat(15),
  complaintId: 'c' + 'd4'.repeat(15),
  resourceName: text,
  venueName: text,
  start: '2026-12-01T09:00:00+08:00',
  end: '2026-12-01T10:00:00+08:00',
  reason: text,
  confirmBy: '2026-12-02T08:30:00+08:00',
  category: text,
  due: '2026-12-01T12:20:00+08:00',
}));

const sent = NOTICE_KINDS.filter((k) => TEMPLATE_OF[k]);

test('hints keep their deadline whole within 20 characters', () => {
  const { data } = buildMessage('lottery_result', 'lottery_won', notices[3]);
  expect(data.thing4.value).toBe('请于12月2日 08:30前确认');
  expect(buildMessage('complaint_progress', 'complaint_received', notices[3]).data.thing3.value).toBe(
    '预计12月1日 12:20前答复',
  );
});

test('messages open the page of their booking or complaint by the route table, else the list', () => {
  const d = notices[3];
  expect(buildMessage('booking_success', 'booked', d).page).toBe(`booking/detail/index?bookingId=${d.bookingId}`);
  expect(buildMessage('booking_reminder', 'reminder', { ...d, bookingId: undefined }).page).toBe(
    'pages/bookings/index',
  );
  expect(buildMessage('complaint_progress', 'complaint_replied', d).page).toBe(
    `complaint/detail/index?complaintId=${d.complaintId}`,
  );
  expect(buildMessage('complaint_progress', 'complaint_replied', { ...d, complaintId: undefined }).page).toBe(
    'complaint/mine/index',
  );
  expect(buildMessage('lottery_result', 'lottery_won', d).page).toBe('pages/bookings/index');
});

test('the zod schema refuses a value over its limit, a missing field and a field the template does not have', () => {
  const schema = messageSchema('booking_success');
  const ok = buildMessage('booking_success', 'booked', notices[0]).data;
  expect(schema.safeParse(ok).success).toBe(true);
  expect(schema.safeParse({ ...ok, thing1: { value: '一'.repeat(21) } }).success).toBe(false);
  const { thing3: _dropped, ...missing } = ok;
  expect(schema.safeParse(missing).success).toBe(false);
  expect(schema.safeParse({ ...ok, thing9: { value: 'x' } }).success).toBe(false);
});

test('every template kind is used by some notice', () => {
  expect(new Set(sent.map((k) => TEMPLATE_OF[k]))).toEqual(new Set(TEMPLATE_KINDS));
});

test.each(sent.flatMap((kind) => notices.map((d, i) => [kind, i, d] as const)))(
  '%s (text %i) fits every field',
  (kind, _, d) => {
    const template = TEMPLATE_OF[kind]!;
    const { page, data } = buildMessage(template, kind, d);
    expect(Object.keys(ROUTES)).toContain(page.split('?')[0]);
    expect(Object.keys(data)).toEqual(templateFields(template).map((f) => f.key));
    for (const { key, type } of templateFields(template)) {
      expect(fieldProblem(type, data[key].value)).toBeNull();
      if (type === 'thing') expect(charCount(data[key].value)).toBeLessThanOrEqual(20);
    }
  },
);
