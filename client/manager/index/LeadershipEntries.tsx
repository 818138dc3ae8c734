import { Text, View } from '@tarojs/components';
import { ROLES, ROLE_LABELS } from '@shared/contract/roles';
import Button from '../../ui/button';
import Card from '../../components/Card';
import { navigate } from '../../services/navigate';
import Entry from './Entry';

/** A deployment with no venue yet: what to do first. */
export function FirstVenue() {
  return (
    <Card title="还没有场馆" testId="mgr-first-venue">
      <Text className="card__line">新部署的小程序需要先添加场馆，再在场馆下添加项目、生成时段，观众才能预约。</Text>
      <View className="manager__first-action">
        <Button type="primary" size="small" onClick={() => navigate('manager/venue-edit/index', {})}>
          添加第一个场馆
        </Button>
      </View>
    </Card>
  );
}

/** The leadership group's set-up, for every venue: venues, complaint departments, people and roles. */
export default function LeadershipEntries() {
  return (
    <View>
      <Text className="section-title">领导小组</Text>
      <Entry
        title="场馆设置"
        line="场馆信息、开放时间与闭馆日，新增场馆"
        testId="mgr-entry-venues"
        onClick={() => navigate('manager/venues/index')}
      />
      <Entry
        title="投诉部门"
        line="受理窗口与各处理部门，及其负责的投诉类别"
        testId="mgr-entry-departments"
        onClick={() => navigate('manager/departments/index')}
      />
      <Entry
        title="人员与权限"
        line={`${ROLES.map((r) => ROLE_LABELS[r]).join('、')}：查看与撤销`}
        testId="mgr-entry-roles"
        onClick={() => navigate('manager/roles/index')}
      />
      <Entry
        title="邀请工作人员"
        line="任意角色与场馆，含投诉处理人员和领导小组"
        testId="mgr-entry-invites-all"
        onClick={() => navigate('manager/invites/index', {})}
      />
      <Entry
        title="操作日志"
        line="所有场馆及人员、部门、初始化的操作记录"
        testId="mgr-entry-audit-all"
        onClick={() => navigate('manager/audit/index', {})}
      />
    </View>
  );
}
