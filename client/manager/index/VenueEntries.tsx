import { Text, View } from '@tarojs/components';
import { VENUE_KIND_LABELS } from '@shared/contract/catalog';
import type { VenueView } from '@shared/contract/types';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import Entry from './Entry';

/** What a manager of the venue opens for it, with the count of bookings waiting for approval. */
export default function VenueEntries({ venue }: { venue: VenueView }) {
  const pending = useRemote(() => call('admin.booking.pending', { venueId: venue.id }), [venue.id], {
    reloadOnShow: true,
  });
  const waiting = pending.state.status === 'ok' ? pending.state.data.length : null;
  const count =
    waiting === null ? undefined : <ToneTag tone={waiting ? 'warning' : 'muted'} label={`${waiting} 条待审核`} />;
  const venueId = venue.id;
  return (
    <View>
      <View className="manager__venue">
        <Text className="manager__venue-name">{venue.name}</Text>
        <Text className="manager__venue-kind">{VENUE_KIND_LABELS[venue.kind]}</Text>
      </View>
      <Text className="section-title">管理</Text>
      <Entry
        title="项目与规则"
        line="项目信息、时段、预约规则与暂停开放"
        testId="mgr-entry-resources"
        onClick={() => navigate('manager/resources/index', { venueId })}
      />
      <Entry
        title="审核队列"
        line="需审核项目的预约申请，通过或驳回"
        extra={count}
        testId="mgr-entry-approvals"
        onClick={() => navigate('manager/approvals/index', { venueId })}
      />
      <Entry
        title="抽签管理"
        line="抽签时段的报名情况、开奖与结果验证"
        testId="mgr-entry-lotteries"
        onClick={() => navigate('manager/lotteries/index', { venueId })}
      />
      <Entry
        title="暂停预约名单"
        line="多次未到场被暂停预约的观众，可解除限制"
        testId="mgr-entry-credit"
        onClick={() => navigate('manager/credit/index', { venueId })}
      />
      <Entry
        title="财务报表"
        line="按月查看售票收入、退款与净收入，导出订单明细和每日汇总"
        testId="mgr-entry-finance"
        onClick={() => navigate('manager/finance/index', { venueId })}
      />
      <Text className="section-title">人员与记录</Text>
      <Entry
        title="邀请工作人员"
        line="生成邀请码，请现场服务人员、管理员加入本场馆"
        testId="mgr-entry-invites"
        onClick={() => navigate('manager/invites/index', { venueId })}
      />
      <Entry
        title="操作日志"
        line="本场馆工作人员与管理员的每一项操作"
        testId="mgr-entry-audit"
        onClick={() => navigate('manager/audit/index', { venueId })}
      />
      <Entry
        title="参观评价"
        line="观众的参观评分与留言，低分评价需回访"
        testId="mgr-entry-feedback"
        onClick={() => navigate('manager/feedback/index', { venueId })}
      />
    </View>
  );
}
