import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { grantsRole } from '@shared/contract/roles';
import Card from '../../components/Card';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import ScanResult, { type ScanOutcome } from '../../components/ScanResult';
import TokenReader from '../../components/TokenReader';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import './index.css';

const PATH = 'pages/staff/index';

function Desk() {
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const scan = useAction('checkin.scan', { onRefused: (error) => setOutcome({ ok: false, error }) });

  const check = async (token: string) => {
    const checkin = await scan.run({ token });
    if (checkin) setOutcome({ ok: true, checkin });
  };

  return (
    <View>
      <View className="staff__reader">
        <Text className="staff__title">入场核验</Text>
        <Text className="staff__text">扫描观众出示的入场码，核对证件后放行</Text>
        <TokenReader busy={scan.busy} onToken={check} />
      </View>
      {outcome && (
        <ScanResult
          outcome={outcome}
          onChange={(booking) => outcome.ok && setOutcome({ ok: true, checkin: { ...outcome.checkin, booking } })}
        />
      )}
      <Text className="section-title">现场服务</Text>
      <Card title="今日名单" testId="staff-entry-roster" onClick={() => navigate('staff/roster/index', {})}>
        <Text className="card__line">各时段已约、已入场和未到人数，逐人核验</Text>
      </Card>
      <Card title="手工核验" testId="staff-entry-find" onClick={() => navigate('staff/find/index')}>
        <Text className="card__line">观众无法出示入场码时，按手机号或证件后4位查找</Text>
      </Card>
      <Card title="代客预约" testId="staff-entry-desk-book" onClick={() => navigate('staff/desk-book/index', {})}>
        <Text className="card__line">为窗口、电话或客服渠道的观众预约时段，生成入场码和短信内容</Text>
      </Card>
      <Card title="窗口售票" testId="staff-entry-sell" onClick={() => navigate('staff/sell/index', {})}>
        <Text className="card__line">向现场观众出售门票，现金或刷卡收款，出示二维码，办理退票</Text>
      </Card>
      <Card title="售票日报" testId="staff-entry-statement" onClick={() => navigate('staff/statement/index', {})}>
        <Text className="card__line">当天售出的票数、各收款方式的金额、退款与净收入，按窗口列出</Text>
      </Card>
      <Card title="客户预约" testId="staff-entry-desk-range" onClick={() => navigate('staff/desk-range/index')}>
        <Text className="card__line">为电话、邮件联系的客户预约会议室、展厅或设备，登记公司和特殊需求</Text>
      </Card>
      <Card title="登记投诉" testId="staff-entry-complaint" onClick={() => navigate('staff/complaint-register/index')}>
        <Text className="card__line">登记电话、现场、意见箱或网络渠道收到的投诉，交客服中心处理</Text>
      </Card>
    </View>
  );
}

function Staff() {
  const me = useRemote(() => call('user.me', {}), [], { reloadOnShow: true });
  return (
    <RemoteView
      state={me.state}
      onRetry={me.reload}
      empty="无权限"
      isEmpty={(data) => !grantsRole(data.roles, 'staff')}
      emptyAction={
        <Text className="staff__no-access" data-testid="staff-no-access">
          仅现场服务人员可使用工作台，如需开通请联系领导小组授权。
        </Text>
      }
    >
      {() => <Desk />}
    </RemoteView>
  );
}

export default definePage(Staff, { tab: PATH });
