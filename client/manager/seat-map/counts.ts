// 座位统计: what the drawn map sells, read by the same rule the function and the visitor's map read it by.
import { seatsOf, type SeatMap } from '@shared/rules/seats';

export interface SeatSummary {
  /** Seats for sale (wheelchair spaces not counted), by zone id. */
  byZone: Record<string, number>;
  wheelchair: number;
  blocked: number;
  /** Everything for sale: seats and wheelchair spaces. */
  total: number;
}

export function summaryOf(map: SeatMap): SeatSummary {
  const summary: SeatSummary = { byZone: {}, wheelchair: 0, blocked: 0, total: 0 };
  for (const seat of seatsOf(map)) {
    if (!seat.forSale) summary.blocked++;
    else if (seat.wheelchair) summary.wheelchair++;
    else if (seat.zoneId) summary.byZone[seat.zoneId] = (summary.byZone[seat.zoneId] ?? 0) + 1;
    if (seat.forSale) summary.total++;
  }
  return summary;
}
