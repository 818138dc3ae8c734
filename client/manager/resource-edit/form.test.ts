import { parseInput } from '@shared/contract/zh';
import type { ResourceView } from '@shared/contract/types';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import {
  hoursOf,
  hoursRowPath,
  inputOf,
  resourceFormSchema,
  shownNumbers,
  valuesOf,
  type HoursRow,
  type ResourceFormValues,
} from './form';
import { newTicketRow } from './tickets';

const LECTURE: ResourceView = {
  id: 'res-lecture',
  venueId: 'venue-museum',
  name: '科普讲座',
  kind: 'event',
  mode: 'slot',
  allocation: 'lottery',
  location: '报告厅',
  policy: {
    ...DEFAULT_POLICY,
    opensAt: '08:30',
    perAccountPerDay: 2,
    requiresApproval: true,
    noShow: { limit: 2, windowDays: 60, blockDays: 14 },
    lottery: { confirmHours: 12, weightLosses: true, unconfirmed: 'waitlist' },
  },
};

/** A meeting room booked by the hour, with none of the default interval rules. */
const ROOM: ResourceView = {
  id: 'res-meeting-a',
  venueId: 'venue-office',
  name: '会议室A（12人）',
  kind: 'room',
  mode: 'interval',
  allocation: 'fcfs',
  location: 'A座3楼',
  description: '投影、视频会议设备。',
  policy: {
    ...DEFAULT_POLICY,
    maxAttendees: 12,
    requiresApproval: true,
    realName: false,
    interval: {
      hours: [
        ...[1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: '08:30', closes: '18:00' })),
        { weekday: 6, opens: '09:00', closes: '12:00' },
      ],
      workingDaysOnly: false,
      granularityMinutes: 15,
      minMinutes: 30,
      maxMinutes: 480,
      bufferMinutes: 10,
      leadWorkingDays: 1,
      quantity: 3,
      capacity: 12,
      confirmHours: 24,
      customerExtraDays: 7,
    },
  },
};

const check = (input: unknown) => parseInput(resourceFormSchema, input);

/** The form's rows with one weekday changed. */
const withDay = (values: ResourceFormValues, weekday: number, patch: Partial<HoursRow>): ResourceFormValues => ({
  ...values,
  'policy.interval.hours': values['policy.interval.hours'].map((r) => (r.weekday === weekday ? { ...r, ...patch } : r)),
});

describe('resource form values', () => {
  test('a resource’s form gives back the resource as the upsert input', () => {
    const values = valuesOf(LECTURE);
    expect(values['policy.noShow.limit']).toBe('2');
    expect(values['policy.lottery.unconfirmed']).toBe('waitlist');
    const { policy, ...rest } = LECTURE;
    expect(check(inputOf(values, LECTURE.venueId, LECTURE.id))).toEqual({
      ok: true,
      data: { ...rest, description: undefined, policy },
    });
  });

  test('a new resource starts from the default rules, under the venue it is created at', () => {
    const values = valuesOf(null);
    expect(values).toMatchObject({
      name: '',
      kind: 'exhibit',
      mode: 'slot',
      allocation: 'fcfs',
      'policy.opensAt': '09:00',
    });
    const input = inputOf({ ...values, name: '球幕影院', location: '  ' }, 'venue-museum', undefined);
    expect(input).toMatchObject({
      id: undefined,
      venueId: 'venue-museum',
      location: undefined,
      policy: DEFAULT_POLICY,
    });
  });

  test('typed numbers become numbers; an empty one is left out', () => {
    const input = inputOf(
      { ...valuesOf(null), 'policy.maxAttendees': '8', 'policy.noShow.limit': ' ' },
      'v',
      undefined,
    );
    expect(input.policy.maxAttendees).toBe(8);
    expect(input.policy.noShow.limit).toBeUndefined();
  });
});

describe('the form’s check', () => {
  test('every number the form shows is required, under its own path', () => {
    const values = { ...valuesOf(LECTURE), 'policy.noShow.limit': '', 'policy.lottery.confirmHours': '' };
    const parsed = check(inputOf(values, LECTURE.venueId, LECTURE.id));
    expect(parsed).toEqual({
      ok: false,
      fields: [
        { path: 'policy.noShow.limit', message: '必填' },
        { path: 'policy.lottery.confirmHours', message: '必填' },
      ],
    });
  });

  test('a first-come resource does not ask for the lottery’s numbers', () => {
    expect(shownNumbers('fcfs', 'slot')).not.toContain('policy.lottery.confirmHours');
    expect(shownNumbers('lottery', 'slot')).toContain('policy.lottery.confirmHours');
    const values = { ...valuesOf(null), name: '球幕影院', 'policy.lottery.confirmHours': '' };
    expect(check(inputOf(values, 'venue-museum', undefined)).ok).toBe(true);
  });

  test('the action’s own rules still apply, beside the missing numbers', () => {
    const values = { ...valuesOf(null), name: '', 'policy.maxAttendees': '21', 'policy.perIdPerDay': '' };
    const parsed = check(inputOf(values, 'venue-museum', undefined));
    expect(parsed.ok).toBe(false);
    const paths = parsed.ok ? [] : parsed.fields.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'policy.maxAttendees', 'policy.perIdPerDay']));
  });
});

describe('the rules of a resource booked by the hour', () => {
  test('its form gives back its real-name rule and its interval rules, unchanged', () => {
    const values = valuesOf(ROOM);
    expect(values).toMatchObject({
      'policy.realName': false,
      'policy.interval.workingDaysOnly': false,
      'policy.interval.granularityMinutes': '15',
      'policy.interval.minMinutes': '30',
      'policy.interval.maxMinutes': '480',
      'policy.interval.bufferMinutes': '10',
      'policy.interval.leadWorkingDays': '1',
      'policy.interval.quantity': '3',
      'policy.interval.capacity': '12',
    });
    const { policy, ...rest } = ROOM;
    expect(check(inputOf(values, ROOM.venueId, ROOM.id))).toEqual({ ok: true, data: { ...rest, policy } });
  });

  test('the week is seven rows, Monday first; a closed day keeps the first open day’s hours to start from', () => {
    const open = (weekday: number, opens: string, closes: string) => ({ weekday, open: true, opens, closes });
    expect(valuesOf(ROOM)['policy.interval.hours']).toEqual([
      open(1, '08:30', '18:00'),
      open(2, '08:30', '18:00'),
      open(3, '08:30', '18:00'),
      open(4, '08:30', '18:00'),
      open(5, '08:30', '18:00'),
      open(6, '09:00', '12:00'),
      { weekday: 0, open: false, opens: '08:30', closes: '18:00' },
    ]);
    const closedWeek = valuesOf({
      ...ROOM,
      policy: { ...ROOM.policy, interval: { ...ROOM.policy.interval, hours: [] } },
    });
    expect(
      closedWeek['policy.interval.hours'].every((r) => !r.open && r.opens === '09:00' && r.closes === '18:00'),
    ).toBe(true);
    expect(hoursOf(closedWeek['policy.interval.hours'])).toEqual([]);
  });

  test('what the manager changes goes out in policy.interval and policy.realName', () => {
    let values: ResourceFormValues = {
      ...valuesOf(ROOM),
      'policy.realName': true,
      'policy.interval.workingDaysOnly': true,
      'policy.interval.granularityMinutes': '60',
      'policy.interval.minMinutes': '60',
      'policy.interval.maxMinutes': '120',
      'policy.interval.bufferMinutes': '0',
      'policy.interval.leadWorkingDays': '2',
      'policy.interval.quantity': '1',
      'policy.interval.capacity': '20',
    };
    values = withDay(values, 6, { open: false });
    values = withDay(values, 0, { open: true, opens: '10:00', closes: '16:00' });
    values = withDay(values, 3, { closes: '12:00' });
    const parsed = check(inputOf(values, ROOM.venueId, ROOM.id));
    const sent = parsed.ok ? parsed.data.policy : undefined;
    expect(sent?.realName).toBe(true);
    expect(sent?.interval).toEqual({
      hours: [
        { weekday: 1, opens: '08:30', closes: '18:00' },
        { weekday: 2, opens: '08:30', closes: '18:00' },
        { weekday: 3, opens: '08:30', closes: '12:00' },
        { weekday: 4, opens: '08:30', closes: '18:00' },
        { weekday: 5, opens: '08:30', closes: '18:00' },
        { weekday: 0, opens: '10:00', closes: '16:00' },
      ],
      workingDaysOnly: true,
      granularityMinutes: 60,
      minMinutes: 60,
      maxMinutes: 120,
      bufferMinutes: 0,
      leadWorkingDays: 2,
      quantity: 1,
      capacity: 20,
      confirmHours: 24,
      customerExtraDays: 7,
    });
  });

  test('booked by the hour, the resource is first come, first served: no lottery to ask for', () => {
    const values = { ...valuesOf(LECTURE), mode: 'interval' as const, 'policy.lottery.confirmHours': '' };
    const input = inputOf(values, LECTURE.venueId, LECTURE.id);
    expect(input.allocation).toBe('fcfs');
    expect(check(input).ok).toBe(true);
    expect(shownNumbers('lottery', 'interval')).not.toContain('policy.lottery.confirmHours');
    expect(shownNumbers('fcfs', 'interval')).toContain('policy.interval.capacity');
    // Back to slots, the lottery is the resource's again.
    expect(inputOf({ ...values, mode: 'slot' }, LECTURE.venueId, LECTURE.id).allocation).toBe('lottery');
  });

  test('booked by slots, the hidden interval rules go back as they were, whatever was typed in them', () => {
    expect(shownNumbers('fcfs', 'slot')).not.toContain('policy.interval.capacity');
    const slotRoom = { ...ROOM, mode: 'slot' as const };
    let values: ResourceFormValues = {
      ...valuesOf(slotRoom),
      'policy.interval.capacity': '',
      'policy.interval.granularityMinutes': '5',
    };
    values = withDay(values, 1, { open: false });
    const parsed = check(inputOf(values, ROOM.venueId, ROOM.id));
    expect(parsed.ok && parsed.data.policy?.interval).toEqual(ROOM.policy.interval);
    // The real-name rule applies to every mode.
    const named = check(inputOf({ ...values, 'policy.realName': true }, ROOM.venueId, ROOM.id));
    expect(named.ok && named.data.policy?.realName).toBe(true);
  });

  test('an empty interval number is required, under its own path', () => {
    const values = { ...valuesOf(ROOM), 'policy.interval.capacity': '', 'policy.interval.leadWorkingDays': ' ' };
    expect(check(inputOf(values, ROOM.venueId, ROOM.id))).toEqual({
      ok: false,
      fields: [
        { path: 'policy.interval.leadWorkingDays', message: '必填' },
        { path: 'policy.interval.capacity', message: '必填' },
      ],
    });
  });

  test('the contract’s own messages: a longest use under the shortest, a day closing before it opens', () => {
    // Tuesday closed: Wednesday is the second open day sent, and its error shows on its own row.
    let values: ResourceFormValues = {
      ...valuesOf(ROOM),
      'policy.interval.minMinutes': '90',
      'policy.interval.maxMinutes': '60',
    };
    values = withDay(values, 2, { open: false });
    values = withDay(values, 3, { opens: '14:00', closes: '13:00' });
    const parsed = check(inputOf(values, ROOM.venueId, ROOM.id));
    expect(parsed.ok).toBe(false);
    const fields = parsed.ok ? [] : parsed.fields;
    expect(fields).toEqual(
      expect.arrayContaining([
        { path: 'policy.interval.maxMinutes', message: '最长时长不能短于最短时长' },
        { path: 'policy.interval.hours.1.closes', message: '结束时间必须晚于开始时间' },
      ]),
    );
    const rows = values['policy.interval.hours'];
    expect(hoursRowPath(rows, 3)).toBe('policy.interval.hours.1');
    expect(hoursRowPath(rows, 2)).toBeUndefined();
    expect(hoursRowPath(rows, 6)).toBe('policy.interval.hours.4');
  });

  test('a grid not in the list is refused with the contract’s message', () => {
    const values = { ...valuesOf(ROOM), 'policy.interval.granularityMinutes': '20' };
    const parsed = check(inputOf(values, ROOM.venueId, ROOM.id));
    expect(parsed.ok ? [] : parsed.fields).toEqual([
      { path: 'policy.interval.granularityMinutes', message: '时间粒度应为5、10、15、30、60分钟之一' },
    ]);
  });
});

describe('票价与退款', () => {
  const CONCERT: ResourceView = {
    ...LECTURE,
    id: 'res-concert',
    allocation: 'fcfs',
    policy: {
      ...DEFAULT_POLICY,
      pricing: {
        ticketTypes: [
          { id: 'full', name: '全价', priceFen: 8000 },
          { id: 'student', name: '学生', priceFen: 4050, proof: '学生证' },
        ],
        holdMinutes: 20,
        refund: { fullHoursBefore: 48, partialHoursBefore: 2, partialPercent: 70 },
        zones: [{ id: 'stalls', name: '池座', prices: { full: 12000 } }],
      },
    },
  };
  const rowsOf = (v: ResourceFormValues) => v['policy.pricing.ticketTypes'];

  test('a free resource starts unpriced, from one 全价 row and the default hold and refund, and sends no prices', () => {
    const values = valuesOf(LECTURE);
    expect(values.priced).toBe(false);
    expect(rowsOf(values)).toEqual([{ id: 't1', name: '全价', price: '', proof: '' }]);
    expect(values).toMatchObject({
      'policy.pricing.holdMinutes': '15',
      'policy.pricing.refund.fullHoursBefore': '24',
      'policy.pricing.refund.partialHoursBefore': '24',
      'policy.pricing.refund.partialPercent': '50',
    });
    const parsed = check(inputOf(values, LECTURE.venueId, LECTURE.id));
    expect(parsed.ok && parsed.data.policy?.pricing).toBeUndefined();
    expect(shownNumbers('fcfs', 'slot')).not.toContain('policy.pricing.holdMinutes');
  });

  test('a priced resource’s form gives back its prices in fen, its zones untouched', () => {
    const values = valuesOf(CONCERT);
    expect(values.priced).toBe(true);
    expect(rowsOf(values)).toEqual([
      { id: 'full', name: '全价', price: '80', proof: '' },
      { id: 'student', name: '学生', price: '40.50', proof: '学生证' },
    ]);
    const parsed = check(inputOf(values, CONCERT.venueId, CONCERT.id));
    expect(parsed.ok && parsed.data.policy?.pricing).toEqual(CONCERT.policy.pricing);
  });

  test('typed yuan become fen exactly; an empty or malformed price is refused under its row', () => {
    const typed = (price: string) => ({
      ...valuesOf(CONCERT),
      'policy.pricing.ticketTypes': [{ id: 'full', name: '全价', price, proof: ' ' }],
    });
    const sent = check(inputOf(typed('19.9'), CONCERT.venueId, CONCERT.id));
    expect(sent.ok && sent.data.policy?.pricing?.ticketTypes).toEqual([{ id: 'full', name: '全价', priceFen: 1990 }]);
    const path = 'policy.pricing.ticketTypes.0.priceFen';
    expect(check(inputOf(typed(''), CONCERT.venueId, CONCERT.id))).toEqual({
      ok: false,
      fields: [{ path, message: '必填' }],
    });
    expect(check(inputOf(typed('40.555'), CONCERT.venueId, CONCERT.id))).toEqual({
      ok: false,
      fields: [{ path, message: '格式不正确' }],
    });
  });

  test('the hold and refund numbers are required while the resource sells tickets, and checked by the contract', () => {
    const values = {
      ...valuesOf(CONCERT),
      'policy.pricing.holdMinutes': '',
      'policy.pricing.refund.partialHoursBefore': '72',
    };
    expect(check(inputOf(values, CONCERT.venueId, CONCERT.id))).toEqual({
      ok: false,
      fields: [
        {
          path: 'policy.pricing.refund.partialHoursBefore',
          message: '不能大于全额退款的小时数',
        },
        { path: 'policy.pricing.holdMinutes', message: '必填' },
      ],
    });
  });

  test('prices switched off, or a resource moved to 时间区间, send null: the saved prices are removed', () => {
    const off = check(inputOf({ ...valuesOf(CONCERT), priced: false }, CONCERT.venueId, CONCERT.id));
    expect(off.ok && off.data.policy?.pricing).toBeNull();
    const byTheHour = check(inputOf({ ...valuesOf(CONCERT), mode: 'interval' }, CONCERT.venueId, CONCERT.id));
    expect(byTheHour.ok && byTheHour.data.policy?.pricing).toBeNull();
  });

  test('a new row takes the first id no row has and no saved type had', () => {
    const rows = valuesOf(CONCERT)['policy.pricing.ticketTypes'];
    expect(newTicketRow(rows)).toEqual({ id: 't1', name: '', price: '', proof: '' });
    expect(
      newTicketRow([{ id: 't1', name: '全价', price: '1', proof: '' }], [{ id: 't2', name: '旧', priceFen: 1 }]).id,
    ).toBe('t3');
  });
});
