// The Chinese title and body of each kind of notice, from its data alone: the same data fills a
// subscribe-message template later.
import type { NoticeData, NoticeKind } from '@shared/contract';
import { dateTime, monthDayTime } from '@shared/dates';

/** `12月1日 09:00`, or nothing. */
const at = (iso?: string) => (iso ? monthDayTime(iso) : '');
const when = (d: NoticeData) => at(d.start);
const what = (d: NoticeData) => [d.venueName, d.resourceName].filter(Boolean).join(' · ');

export function noticeText(kind: NoticeKind, d: NoticeData): { title: string; body: string } {
  switch (kind) {
    case 'booked':
      return { title: '预约成功', body: `${what(d)}，${when(d)}。请按时到场，携带有效证件。` };
    case 'changed':
      return { title: '改期成功', body: `${what(d)} 已改到 ${when(d)}。` };
    case 'cancelled':
      return { title: '预约已取消', body: `${what(d)}，${when(d)} 的预约已取消。` };
    case 'waitlist_joined':
      return { title: '已加入候补', body: `${what(d)}，${when(d)}。有名额释放时将按候补顺序为您自动预约。` };
    case 'waitlist_promoted':
      return { title: '候补成功', body: `${what(d)}，${when(d)} 已为您预约成功。如不能到场，请在截止时间前取消。` };
    case 'waitlist_ineligible':
      return { title: '候补失效', body: `${what(d)}，${when(d)} 的候补未能转为预约：${d.reason ?? ''}` };
    case 'approved':
      return d.confirmBy
        ? {
            title: '预约已通过审核',
            body: `${what(d)}，${when(d)}。请在 ${at(d.confirmBy)} 前确认使用，逾期自动释放。`,
          }
        : { title: '预约已通过审核', body: `${what(d)}，${when(d)}。请按时到场。` };
    case 'confirm_reminder':
      return {
        title: '请确认预约',
        body: `${what(d)}，${when(d)}。请在 ${at(d.confirmBy)} 前确认使用，逾期自动释放。`,
      };
    case 'return_overdue':
      return { title: '设备未归还', body: `${what(d)}，${when(d)} 借用的设备已超过归还时间，请尽快归还。` };
    case 'lapsed':
      return { title: '预约已释放', body: `${what(d)}，${when(d)} 未在规定时间内确认，已自动释放。` };
    case 'rejected':
      return { title: '预约未通过审核', body: `${what(d)}，${when(d)}。原因：${d.reason ?? ''}` };
    case 'closed_by_venue':
      return {
        title: '场馆取消了您的预约',
        body: `${what(d)}，${when(d)} 因“${d.reason ?? ''}”取消。${d.alternatives?.length ? '可一键改约到最近的可约时段。' : ''}`,
      };
    case 'blocked':
      return {
        title: '预约资格暂停',
        body: `因多次预约未到场，${d.venueName ?? ''}暂停预约至 ${d.blockedUntil ? dateTime(d.blockedUntil) : ''}。`,
      };
    case 'lottery_won':
      return {
        title: '恭喜中签',
        body: `${what(d)}，${when(d)}。请在 ${at(d.confirmBy)} 前确认，逾期名额将顺延。`,
      };
    case 'lottery_cancelled':
      return {
        title: '抽签已取消',
        body: `${what(d)}，${when(d)} 因“${d.reason ?? ''}”由场馆取消，抽签随之终止，您的报名已失效。`,
      };
    case 'reminder':
      return { title: '参观提醒', body: `${what(d)}，${when(d)}。请携带证件，凭入场码按时入场。` };
    case 'complaint_received':
      return {
        title: '投诉已受理',
        body: `您的“${d.category ?? ''}”投诉已受理，我们将在 ${at(d.due)} 前转交处理部门并尽快答复。`,
      };
    case 'complaint_replied':
      return { title: '投诉已答复', body: `您的“${d.category ?? ''}”投诉已有处理结果，请查看并确认是否满意。` };
    case 'complaint_routed':
      return {
        title: '新投诉待处理',
        body: `“${d.category ?? ''}”投诉已转交本部门，请在 ${at(d.due)} 前制定解决方案。`,
      };
    case 'complaint_escalated':
      return {
        title: '投诉处理超时',
        body: `“${d.category ?? ''}”投诉的“${d.step ?? ''}”已超过时限（${at(d.due)}），已上报领导小组。`,
      };
    case 'lottery_lost':
      return {
        title: '未中签',
        body: `${what(d)}，${when(d)} 的抽签未中。${d.unconfirmed === 'waitlist' ? '中签者未确认的名额将转入候补，可在抽签页加入候补。' : '如中签者逾期未确认，名额将按签位依次递补并另行通知。'}抽签结果可公开验证。`,
      };
  }
}
