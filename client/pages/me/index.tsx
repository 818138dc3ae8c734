import { Text, View } from '@tarojs/components';
import { ROLE_LABELS, grantsRole } from '@shared/contract/roles';
import type { MeView } from '@shared/contract/types';
import Cell from '../../ui/cell';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { useRemote } from '../../hooks/useRemote';
import type { PlainRoute } from '@shared/routes';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { blockedText, maskMiddle } from '../../utils/format';
import './index.css';

const PATH = 'pages/me/index';

const go = (route: PlainRoute) => () => navigate(route);

function Profile({ me }: { me: MeView }) {
  const roles = me.roles.length ? me.roles.map((g) => ROLE_LABELS[g.role]).join('、') : '观众';
  const { noShows, blockedUntil } = me.credit;
  const name = me.profile?.name;
  return (
    <View className="me__card" data-testid="me-profile">
      <Text className="me__id" data-testid="me-name">
        {name || '未填写姓名'}
      </Text>
      {!name && (
        <Text className="me__hint" data-testid="me-name-hint" onClick={go('profile/edit/index')}>
          工作人员名单中会显示你的姓名，去填写 ›
        </Text>
      )}
      <Text className="me__roles">
        用户 {maskMiddle(me.openid)} · 身份：{roles}
      </Text>
      <View className="me__credit">
        <View className="me__stat">
          <Text className={`me__stat-value${noShows > 0 ? ' me__stat-value--warn' : ''}`}>{noShows}</Text>
          <Text className="me__stat-label">未到场次数</Text>
        </View>
        <Text className="me__credit-note">
          {blockedUntil
            ? blockedText(blockedUntil)
            : noShows > 0
              ? '有未到场记录，累计过多将暂停预约'
              : '信用良好，请按时到场'}
        </Text>
      </View>
    </View>
  );
}

/** 我的投诉 for everyone; 投诉处理 for handlers and the desk (an array: a `false` child would still count as a cell). */
function complaintCells(can: MeView['can']) {
  const cells = [
    <Cell
      key="mine"
      title={<Text data-testid="menu-complaints">我的投诉</Text>}
      extra="投诉建议与处理进度"
      clickable
      onClick={go('complaint/mine/index')}
    />,
  ];
  if (can.handleComplaints) {
    cells.push(
      <Cell
        key="queue"
        title={<Text data-testid="menu-complaint-queue">投诉处理</Text>}
        extra="受理、处理与答复"
        clickable
        onClick={go('manager/complaints/index')}
      />,
    );
  }
  return cells;
}

/** How many of the caller's notices are unread (0 until known). */
function useUnreadNotices(): number {
  const notices = useRemote(() => call('notice.list', {}), [], { reloadOnShow: true });
  return notices.state.status === 'ok' ? notices.state.data.filter((n) => !n.read).length : 0;
}

/** Whether the deployment still waits for its first admin (false until known, or when the call fails). */
function useSetupOpen(): boolean {
  const setup = useRemote(() => call('setup.status', {}), [], { reloadOnShow: true });
  return setup.state.status === 'ok' && setup.state.data.open;
}

function Me() {
  const me = useRemote(() => call('user.me', {}), [], { reloadOnShow: true });
  const unread = useUnreadNotices();
  const setupOpen = useSetupOpen();
  return (
    <RemoteView state={me.state} onRetry={me.reload}>
      {(data) => (
        <View>
          <Profile me={data} />
          {setupOpen && (
            <Cell.Group className="me__menu">
              <Cell
                title={<Text data-testid="menu-setup">初始化</Text>}
                extra="输入设置码，成为首位管理员"
                clickable
                onClick={go('profile/setup/index')}
              />
            </Cell.Group>
          )}
          <Cell.Group className="me__menu">
            <Cell
              title={<Text data-testid="menu-profile">个人资料</Text>}
              extra={data.profile?.name || '未填写'}
              clickable
              onClick={go('profile/edit/index')}
            />
            <Cell
              title={<Text data-testid="menu-notices">消息</Text>}
              extra={unread ? <Text className="me__badge">{unread}条未读</Text> : '预约与候补通知'}
              clickable
              onClick={go('profile/notices/index')}
            />
            <Cell
              title={<Text data-testid="menu-notify">通知设置</Text>}
              extra="微信订阅消息"
              clickable
              onClick={go('profile/notify-settings/index')}
            />
            <Cell
              title={<Text data-testid="menu-invite">工作人员邀请</Text>}
              extra="扫码或粘贴邀请"
              clickable
              onClick={() => navigate('profile/invite/index', {})}
            />
          </Cell.Group>
          <Cell.Group className="me__menu">{complaintCells(data.can)}</Cell.Group>
          {grantsRole(data.roles, 'manager') && (
            <Cell.Group className="me__menu">
              <Cell
                title={<Text data-testid="menu-manager">场馆管理</Text>}
                extra="项目、时段与审核"
                clickable
                onClick={go('manager/index/index')}
              />
            </Cell.Group>
          )}
        </View>
      )}
    </RemoteView>
  );
}

function MeTab() {
  return (
    <View>
      <SignInGate>
        <Me />
      </SignInGate>
      <Cell.Group className="me__menu">
        <Cell title="常用参观人" extra="管理实名信息" clickable onClick={go('profile/attendees/index')} />
        <Cell title="隐私说明" extra="个人信息保护" clickable onClick={go('profile/privacy/index')} />
        {process.env.TARO_ENV === 'h5' && (
          <Cell title="切换用户" extra="演示登录" clickable onClick={go('dev/signin/index')} />
        )}
      </Cell.Group>
    </View>
  );
}

// The menu of what needs no account shows to everyone; the rest asks for sign-in in place.
export default definePage(MeTab, { tab: PATH, signIn: false });
