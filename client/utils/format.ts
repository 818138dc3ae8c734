// Display formats: the dates and times are shared/dates (business time, never the device's zone); what
// is composed here is the client's own.
import type { ResourceView } from '@shared/contract';
import { clockTime, dateTime, dayName as dayNameOn } from '@shared/dates';
import type { Policy } from '@shared/rules/policy';
import { addDays, dateOf, parseIso } from '@shared/time';

export { clockTime, dateTime, longDate, monthDay, slotWhen, timeRange, yearMonth } from '@shared/dates';

type Allocation = ResourceView['allocation'];

/** Today's business date. */
export const today = () => dateOf(Date.now());

/** The business dates from `from`, `count` days. */
export const nextDays = (from: string, count: number) => Array.from({ length: count }, (_, i) => addDays(from, i));

/** 昨天 / 今天 / 明天 / 周X */
export const dayName = (date: string) => dayNameOn(date, today());

/** The business date of an ISO instant. */
export const dateOfIso = (iso: string) => dateOf(parseIso(iso));

/** `已于 09:05 由 张三 核验` */
export const checkedInBy = (at: string, by: string) => `已于 ${clockTime(at)} 由 ${by} 核验`;

/** The banner of a visitor whose attendees may not book until `until`. */
export const blockedText = (until: string) => `因多次预约未到场，暂停预约至 ${dateTime(until)}`;

/** 30分钟 / 2小时 / 1天 */
export function duration(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}天`;
  if (minutes % 60 === 0) return `${minutes / 60}小时`;
  return `${minutes}分钟`;
}

/** `提前7天09:00开放 · 每单最多5人 · 开始前2小时可取消`; by the hour `可容纳12人 · 至少提前1个工作日 · 每次30分钟至4小时` */
export function policySummary(p: Policy, mode: ResourceView['mode'] = 'slot'): string {
  if (mode === 'interval') {
    const { quantity, capacity, leadWorkingDays, minMinutes, maxMinutes } = p.interval;
    return [
      quantity > 1 ? `共${quantity}件可分别预约` : `可容纳${capacity}人`,
      leadWorkingDays > 0 ? `至少提前${leadWorkingDays}个工作日` : `最多提前${p.opensDaysBefore}天`,
      `每次${duration(minMinutes)}至${duration(maxMinutes)}`,
    ].join(' · ');
  }
  return [
    `提前${p.opensDaysBefore}天${p.opensAt}开放`,
    `每单最多${p.maxAttendees}人`,
    `开始前${duration(p.cancelMinutesBefore)}可取消`,
  ].join(' · ');
}

/** The booking rules of a resource, one line each; a lottery resource's places go by a draw. */
export function policyLines(p: Policy, allocation: Allocation): string[] {
  const lottery = allocation === 'lottery';
  return [
    lottery
      ? `每个时段提前${p.opensDaysBefore}天${p.opensAt}开放报名，报名截止与开奖时间见各时段`
      : `每个时段提前${p.opensDaysBefore}天${p.opensAt}开放预约，开始前${duration(p.closesMinutesBefore)}停止预约`,
    `每单最多${p.maxAttendees}人，同一证件每天限约${p.perIdPerDay}次，每个账号每天最多预约${p.perAccountPerDay}个名额`,
    `开始前${duration(p.cancelMinutesBefore)}可取消预约，开始前${duration(p.changeMinutesBefore)}可改期`,
    ...(lottery
      ? [
          '名额以抽签分配：报名截止后按公开可复核的方法抽签，与报名先后无关',
          `中签后须在${duration(p.lottery.confirmHours * 60)}内确认预约，逾期名额将重新分配`,
          ...(p.lottery.weightLosses ? ['近期未中签的观众再次报名时中签机会更大'] : []),
        ]
      : ['约满的时段可加入候补，有名额释放时按顺序自动预约']),
    `开始前${duration(p.checkinOpensMinutesBefore)}起可凭入场码核验入场`,
    `${p.noShow.windowDays}天内未到场${p.noShow.limit}次，将暂停预约${p.noShow.blockDays}天`,
    ...(p.requiresApproval ? ['预约需经场馆审核'] : []),
  ];
}

/** `oAbc…xyz9` */
export function maskMiddle(value: string, keep = 4): string {
  return value.length <= keep * 2 ? value : `${value.slice(0, keep)}…${value.slice(-keep)}`;
}

/** Time left before a deadline: `还剩 1小时5分钟`, or `已超时 12分钟` once past. */
export function timeLeft(leftMs: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(leftMs) / 60_000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const text =
    [days ? `${days}天` : '', hours ? `${hours}小时` : '', !days && mins ? `${mins}分钟` : ''].join('') || '1分钟';
  return leftMs >= 0 ? `还剩 ${text}` : `已超时 ${text}`;
}
