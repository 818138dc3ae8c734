// The seat page's tests (no page imports this): a small hall, its prices, and a generated 1,500-seat one.
import type { ResourceView, SeatingView } from '@shared/contract';
import type { Pricing } from '@shared/rules/policy';
import type { SeatMap } from '@shared/rules/seats';
import { RESOURCE } from '../testing';

/**
 * 小剧场: 一楼 of three rows (front zone in rows 1–2; row 2 has a seat not for sale at its 3rd column and
 * wheelchair spaces at its end; an aisle after the 3rd column of row 1), 二楼 of one row (back zone).
 *   一楼 1  aaa.aaa        ids stalls_1_1 … stalls_1_7 (no seat at column 4)
 *        2  aax.aAA
 *        3  bbbbbbb
 *   二楼 1  bbbb
 */
export const HALL: SeatMap = {
  zones: ['front', 'back'],
  sections: [
    {
      id: 'stalls',
      name: '一楼',
      rows: [
        { label: '1', cells: 'aaa.aaa' },
        { label: '2', cells: 'aax.aAA' },
        { label: '3', cells: 'bbbbbbb' },
      ],
    },
    { id: 'balcony', name: '二楼', rows: [{ label: '1', cells: 'bbbb' }] },
  ],
};

/** 全价 ¥80 (前区 ¥120, 后区 at the base price) and 学生 ¥40. */
export const HALL_PRICING: Pricing = {
  ticketTypes: [
    { id: 'adult', name: '全价', priceFen: 8000 },
    { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
  ],
  holdMinutes: 15,
  refund: { fullHoursBefore: 24, partialHoursBefore: 24, partialPercent: 50 },
  zones: [
    { id: 'front', name: '前区', prices: { adult: 12000, student: 6000 } },
    { id: 'back', name: '后区', prices: {} },
  ],
};

/** 小剧场 as resource.list answers it: priced, seated (the seats it sells), four to a booking. */
export const THEATRE: ResourceView = {
  ...RESOURCE,
  id: 'r-theatre',
  name: '小剧场',
  kind: 'event',
  location: '三楼',
  policy: { ...RESOURCE.policy, maxAttendees: 4, pricing: HALL_PRICING },
  seats: 21,
};

export const seating = (slotId: string, taken: string[] = [], seatMap: SeatMap = HALL): SeatingView => ({
  slotId,
  seatMap,
  taken,
});

/** 1,500 seats in one section: 30 rows of 25 + an aisle + 25, the first 10 rows front, the rest back. */
export const BIG_HALL: SeatMap = {
  zones: ['front', 'back'],
  sections: [
    {
      id: 'hall',
      name: '大厅',
      rows: Array.from({ length: 30 }, (_, i) => {
        const half = (i < 10 ? 'a' : 'b').repeat(25);
        return { label: String(i + 1), cells: `${half}.${half}` };
      }),
    },
  ],
};
