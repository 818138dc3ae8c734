import { parseInput, type ResourceView } from '@shared/contract';
import { DEFAULT_POLICY } from '@shared/rules/policy';
import { inputOf, resourceFormSchema, shownNumbers, valuesOf } from './form';

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

const check = (input: unknown) => parseInput(resourceFormSchema, input);

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
    expect(shownNumbers('fcfs')).not.toContain('policy.lottery.confirmHours');
    expect(shownNumbers('lottery')).toContain('policy.lottery.confirmHours');
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
