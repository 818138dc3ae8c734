import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS, type ComplaintView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { ComplaintStatusTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime } from '../../utils/format';
import './index.css';

const newestFirst = (list: ComplaintView[]) => [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

function ComplaintCard({ complaint }: { complaint: ComplaintView }) {
  const open = () => Taro.navigateTo({ url: `/complaint/detail/index?id=${complaint.id}` });
  return (
    <Card
      title={COMPLAINT_CATEGORY_LABELS[complaint.category]}
      extra={<ComplaintStatusTag status={complaint.status} />}
      testId={`complaint-${complaint.id}`}
      onClick={open}
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
  );
}

export default function MyComplaintsPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <MyComplaints />
        <FooterBar>
          <Button
            type="primary"
            block
            size="large"
            data-testid="complaint-new"
            onClick={() => Taro.navigateTo({ url: '/complaint/file/index' })}
          >
            我要投诉
          </Button>
        </FooterBar>
      </SignInGate>
    </Page>
  );
}
