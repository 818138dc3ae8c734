import { Text } from '@tarojs/components';
import { COMPLAINT_CATEGORY_LABELS } from '@shared/contract/complaint';
import type { DepartmentView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import './index.css';

function DepartmentItem({ department: d }: { department: DepartmentView }) {
  const categories = d.categories.map((c) => COMPLAINT_CATEGORY_LABELS[c]).join('、');
  return (
    <Card
      title={d.name}
      extra={d.receiving ? <ToneTag tone="primary" label="受理窗口" /> : undefined}
      testId={`mgr-department-${d.id}`}
      onClick={() => navigate('manager/department-edit/index', { departmentId: d.id })}
    >
      <Text className="card__line">{categories ? `负责类别：${categories}` : '未指定负责类别'}</Text>
    </Card>
  );
}

function Departments() {
  const departments = useRemote(() => call('department.list', {}), [], { reloadOnShow: true });
  return (
    <>
      <RemoteView
        state={departments.state}
        onRetry={departments.reload}
        empty="还没有投诉部门"
        emptyAction={
          <Text className="departments__hint">
            先添加受理窗口（如客服中心）负责受理和答复投诉，再添加展览、讲解、后勤等处理部门。
          </Text>
        }
      >
        {(list) => list.map((d) => <DepartmentItem key={d.id} department={d} />)}
      </RemoteView>
      <FooterBar>
        <Button type="primary" block size="large" onClick={() => navigate('manager/department-edit/index', {})}>
          新增部门
        </Button>
      </FooterBar>
    </>
  );
}

export default definePage(Departments, { withFooter: true });
