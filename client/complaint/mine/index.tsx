import { Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS } from '@shared/contract/complaint';
import type { ComplaintView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ComplaintStatusTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime } from '../../utils/format';
import './index.css';

const newestFirst = (list: ComplaintView[]) => [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

function ComplaintCard({ complaint }: { complaint: ComplaintView }) {
  return (
    <Card
      title={COMPLAINT_CATEGORY_LABELS[complaint.category]}
      extra={<ComplaintStatusTag status={complaint.status} />}
      testId={`complaint-${complaint.id}`}
      onClick={() => navigate('complaint/detail/index', { complaintId: complaint.id })}
    >
      <Text className="mine__snippet">{complaint.content}</Text>
      {complaint.visit && <Text className="card__line">关于：{complaint.visit.resourceName}</Text>}
      <Text className="card__line">提交于 {dateTime(complaint.createdAt)}</Text>
      {complaint.status === 'replied' && <Text className="card__link">已答复，请确认处理结果 ›</Text>}
    </Card>
  );
}

function MyComplaints() {
  // Shown again after filing or confirming: statuses may have moved.
  const list = useRemote(() => call('complaint.list', { view: 'mine' }).then(newestFirst), [], { reloadOnShow: true });
  return (
    <View>
      <RemoteView
        state={list.state}
        onRetry={list.reload}
        empty="还没有投诉记录"
        emptyAction={<Text className="mine__hint">对展览、讲解、设施或服务有意见，欢迎告诉我们</Text>}
      >
        {(complaints) => (
          <View>
            {complaints.map((c) => (
              <ComplaintCard key={c.id} complaint={c} />
            ))}
          </View>
        )}
      </RemoteView>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          data-testid="complaint-new"
          onClick={() => navigate('complaint/file/index', {})}
        >
          我要投诉
        </Button>
      </FooterBar>
    </View>
  );
}

export default definePage(MyComplaints, { withFooter: true });
