import { Text, View } from '@tarojs/components';
import { ROLES, ROLE_LABELS, VENUE_KIND_LABELS, grantsRole, type VenueView } from '@shared/contract';
import Card from '../../components/Card';
import VenueTabs from '../../components/VenueTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { loadManagerScope } from '../load';
import './index.css';

function VenueEntries({ venue }: { venue: VenueView }) {
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
      <Card
        title="项目与规则"
        testId="mgr-entry-resources"
        onClick={() => navigate('manager/resources/index', { venueId })}
      >
        <Text className="card__line">项目信息、时段、预约规则与暂停开放</Text>
      </Card>
      <Card
        title="审核队列"
        extra={count}
        testId="mgr-entry-approvals"
        onClick={() => navigate('manager/approvals/index', { venueId })}
      >
        <Text className="card__line">需审核项目的预约申请，通过或驳回</Text>
      </Card>
      <Card
        title="抽签管理"
        testId="mgr-entry-lotteries"
        onClick={() => navigate('manager/lotteries/index', { venueId })}
      >
        <Text className="card__line">抽签时段的报名情况、开奖与结果验证</Text>
      </Card>
      <Card
        title="暂停预约名单"
        testId="mgr-entry-credit"
        onClick={() => navigate('manager/credit/index', { venueId })}
      >
        <Text className="card__line">多次未到场被暂停预约的观众，可解除限制</Text>
      </Card>
    </View>
  );
}

/** The complaint loop: the queue for the desk and the handlers, the statistics for the desk. */
function ComplaintEntries({ desk }: { desk: boolean }) {
  return (
    <View>
      <Text className="section-title">投诉</Text>
      <Card title="投诉处理" testId="mgr-entry-complaints" onClick={() => navigate('manager/complaints/index')}>
        <Text className="card__line">
          {desk ? '受理、转交、答复、回访与归档，超时优先' : '本部门的投诉：制定解决方案、反馈处理结果'}
        </Text>
      </Card>
      {desk && (
        <Card
          title="投诉统计"
          testId="mgr-entry-complaint-stats"
          onClick={() => navigate('manager/complaint-stats/index')}
        >
          <Text className="card__line">按月统计类别、部门、超时率、满意率与参观评价</Text>
        </Card>
      )}
    </View>
  );
}

function Manager() {
  const scope = useRemote(loadManagerScope, []);
  return (
    <RemoteView
      state={scope.state}
      onRetry={scope.reload}
      empty="无权限"
      isEmpty={({ venues, can }) => venues.length === 0 && !can.handleComplaints}
      emptyAction={
        <Text className="manager__no-access" data-testid="mgr-no-access">
          仅场馆管理员和投诉处理人员可使用，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {({ venues, roles, can }) => (
        <View>
          {venues.length > 0 && <VenueTabs venues={venues}>{(venue) => <VenueEntries venue={venue} />}</VenueTabs>}
          <ComplaintEntries desk={can.complaintDesk} />
          {grantsRole(roles, 'admin') && (
            <View>
              <Text className="section-title">领导小组</Text>
              <Card title="人员与权限" testId="mgr-entry-roles" onClick={() => navigate('manager/roles/index')}>
                <Text className="card__line">{`授予或撤销${ROLES.map((r) => ROLE_LABELS[r]).join('、')}权限`}</Text>
              </Card>
            </View>
          )}
        </View>
      )}
    </RemoteView>
  );
}

export default definePage(Manager);
