import { detailLine } from './detail';

describe('audit detail line', () => {
  test('reads the inputs people read under their Chinese names, leaving ids and nested values out', () => {
    expect(
      detailLine({
        slotId: 's-1',
        reason: '设备检修',
        capacity: 30,
        satisfied: false,
        role: 'staff',
        policy: { maxAttendees: 5 },
      }),
    ).toBe('原因：设备检修；名额：30；满意：否；角色：现场服务人员');
  });

  test('a long text is clipped; nothing to read is undefined', () => {
    expect(detailLine({ text: '很'.repeat(50) })).toBe(`说明：${'很'.repeat(40)}…`);
    expect(detailLine({ bookingId: 'b-1' })).toBeUndefined();
    expect(detailLine(undefined)).toBeUndefined();
  });
});
