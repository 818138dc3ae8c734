// 预约须知 of a resource booked by the hour: its opening hours, grid, shortest and longest use, lead time.
import type { Policy } from '@shared/rules/policy';
import { duration } from '../../utils/format';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
/** Monday first, as a week reads in China. */
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0];

/** `周一至周五 09:00–18:00；周六 10:00–16:00`: runs of weekdays with the same hours. */
export function openingHoursText(hours: Policy['interval']['hours']): string {
  const byDay = new Map(hours.map((h) => [h.weekday, `${h.opens}–${h.closes}`]));
  const runs: { days: number[]; time: string }[] = [];
  for (const day of WEEK_ORDER) {
    const time = byDay.get(day);
    const last = runs.at(-1);
    const prev = WEEK_ORDER[WEEK_ORDER.indexOf(day) - 1];
    if (time === undefined) continue;
    if (last && last.time === time && last.days.at(-1) === prev) last.days.push(day);
    else runs.push({ days: [day], time });
  }
  const name = (days: number[]) =>
    days.length > 2 ? `${WEEKDAYS[days[0]]}至${WEEKDAYS[days.at(-1) ?? 0]}` : days.map((d) => WEEKDAYS[d]).join('、');
  return runs.map((r) => `${name(r.days)} ${r.time}`).join('；');
}

/** The booking rules of a resource booked by the hour, one line each. */
export function intervalLines(p: Policy): string[] {
  const i = p.interval;
  const hours = i.hours.length ? openingHoursText(i.hours) : '暂未开放';
  return [
    `开放时间：${hours}${i.workingDaysOnly ? '，法定节假日不开放' : ''}`,
    `每次可预约${duration(i.minMinutes)}至${duration(i.maxMinutes)}，以${i.granularityMinutes}分钟为单位`,
    i.leadWorkingDays > 0
      ? `须至少提前${i.leadWorkingDays}个工作日预约，最多提前${p.opensDaysBefore}天`
      : `最多提前${p.opensDaysBefore}天预约`,
    ...(i.bufferMinutes > 0 ? [`每次使用后预留${duration(i.bufferMinutes)}整理时间`] : []),
    i.quantity > 1 ? `共${i.quantity}个，可同时预约，每次最多${i.capacity}人使用` : `最多容纳${i.capacity}人`,
    `开始前${duration(p.cancelMinutesBefore)}可取消预约`,
    ...(p.realName ? ['须选择已实名登记的参观人'] : []),
    ...(p.requiresApproval ? ['预约需经审核，结果将通过消息通知'] : []),
  ];
}
