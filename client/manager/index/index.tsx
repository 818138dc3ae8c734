import { Text, View } from '@tarojs/components';
import { grantsRole } from '@shared/contract/roles';
import VenueTabs from '../../components/VenueTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { navigate } from '../../services/navigate';
import { loadManagerScope } from '../load';
import Entry from './Entry';
import LeadershipEntries, { FirstVenue } from './LeadershipEntries';
import VenueEntries from './VenueEntries';
import './index.css';

/** The complaint loop: the queue for the desk and the handlers, the statistics for the desk. */
function ComplaintEntries({ desk }: { desk: boolean }) {
  return (
    <View>
      <Text className="section-title">投诉</Text>
      <Entry
        title="投诉处理"
        line={desk ? '受理、转交、答复、回访与归档，超时优先' : '本部门的投诉：制定解决方案、反馈处理结果'}
        testId="mgr-entry-complaints"
        onClick={() => navigate('manager/complaints/index')}
      />
      {desk && (
        <Entry
          title="投诉统计"
          line="按月统计类别、部门、超时率、满意率与参观评价"
          testId="mgr-entry-complaint-stats"
          onClick={() => navigate('manager/complaint-stats/index')}
        />
      )}
    </View>
  );
}

/**
 * Per managed venue its entries; the complaint loop; and for the leadership group the set-up of every
 * venue, which a new deployment starts from: with no venue yet, the way to add the first one.
 */
function Manager() {
  const scope = useRemote(loadManagerScope, [], { reloadOnShow: true });
  return (
    <RemoteView
      state={scope.state}
      onRetry={scope.reload}
      empty="无权限"
      isEmpty={({ venues, roles, can }) => venues.length === 0 && !can.handleComplaints && !grantsRole(roles, 'admin')}
      emptyAction={
        <Text className="manager__no-access" data-testid="mgr-no-access">
          仅场馆管理员和投诉处理人员可使用，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {({ venues, roles, can }) => {
        const leadership = grantsRole(roles, 'admin');
        return (
          <View>
            {venues.length > 0 ? (
              <VenueTabs venues={venues}>{(venue) => <VenueEntries venue={venue} />}</VenueTabs>
            ) : (
              leadership && <FirstVenue />
            )}
            {can.handleComplaints && <ComplaintEntries desk={can.complaintDesk} />}
            {leadership && <LeadershipEntries />}
          </View>
        );
      }}
    </RemoteView>
  );
}

export default definePage(Manager);
