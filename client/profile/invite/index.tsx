import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS, grantsRole, type RoleGrant } from '@shared/contract/roles';
import type { VenueView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import TokenReader from '../../components/TokenReader';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { reloadRoles } from '../../hooks/useRoles';
import { call } from '../../services/cloud';
import { CallError } from '../../services/callError';
import { errorMessage } from '../../services/errorPolicy';
import { navigate, redirect, switchTab } from '../../services/navigate';
import './index.css';

/** What a refused acceptance is called, by the reason the function gives. */
const REFUSED_TITLES: Record<string, string> = {
  invite_used: '邀请已被使用',
  invite_expired: '邀请已过期',
  invite_revoked: '邀请已撤销',
};

function refusedTitle(e: unknown): string {
  if (!(e instanceof CallError)) return '接受邀请失败';
  if (e.code === 'NOT_FOUND') return '邀请码无效';
  const reason = typeof e.details?.reason === 'string' ? e.details.reason : '';
  return REFUSED_TITLES[reason] ?? '无法接受邀请';
}

/** `现场服务人员 · 星河科技馆` */
function grantText(grant: RoleGrant, venues: VenueView[]): string {
  const venue = grant.venueId && venues.find((v) => v.id === grant.venueId)?.name;
  return venue ? `${ROLE_LABELS[grant.role]} · ${venue}` : ROLE_LABELS[grant.role];
}

function Accepted({ roles, venues }: { roles: RoleGrant[]; venues: VenueView[] }) {
  const staff = grantsRole(roles, 'staff');
  const manages = grantsRole(roles, 'manager') || roles.some((g) => g.role === 'handler');
  return (
    <View className="invite__panel invite__panel--ok" data-testid="invite-accepted">
      <Text className="invite__title">已接受邀请</Text>
      <Text className="invite__text">你现在的身份：</Text>
      {roles.map((g) => (
        <Text key={`${g.role}-${g.venueId ?? g.departmentId ?? 'all'}`} className="invite__role">
          {grantText(g, venues)}
        </Text>
      ))}
      <View className="invite__actions">
        {staff && (
          <Button type="primary" block onClick={() => switchTab('pages/staff/index')}>
            前往工作台
          </Button>
        )}
        {manages && (
          <Button
            className="invite__second"
            type="primary"
            fill={staff ? 'outline' : 'solid'}
            block
            onClick={() => redirect('manager/index/index')}
          >
            前往场馆管理
          </Button>
        )}
      </View>
    </View>
  );
}

function Invitation({ code }: { code: string }) {
  const data = useRemote(
    async () => {
      const [me, venues] = await Promise.all([call('user.me', {}), call('venue.list', {})]);
      return { profile: me.profile ?? null, venues };
    },
    [],
    { reloadOnShow: true },
  );
  const [refused, setRefused] = useState<unknown>(null);
  const [roles, setRoles] = useState<RoleGrant[] | null>(null);
  const accept = useAction('invite.accept', { onRefused: setRefused });

  const run = async () => {
    setRefused(null);
    const out = await accept.run({ code });
    if (!out) return;
    // The tab bar and the pages read the caller's roles: they have changed.
    reloadRoles();
    setRoles(out.roles);
  };

  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ profile, venues }) =>
        roles ? (
          <Accepted roles={roles} venues={venues} />
        ) : (
          <View>
            <View className="invite__panel">
              <Text className="invite__title">你收到一份工作人员邀请</Text>
              <Text className="invite__text">接受后将获得邀请中的工作人员身份，具体身份以接受后的显示为准。</Text>
              <Text className="invite__code" data-testid="invite-code">
                邀请码 {code}
              </Text>
              <Text className="invite__text">每份邀请仅可使用一次，过期或被撤销后失效。</Text>
            </View>
            {!profile?.name && (
              <Card title="请先填写个人资料" testId="invite-profile-hint">
                <Text className="card__line">工作人员名单中会显示你的姓名，便于管理员和同事识别。</Text>
                <Text className="card__link" onClick={() => navigate('profile/edit/index')}>
                  去填写姓名 ›
                </Text>
              </Card>
            )}
            {refused !== null && (
              <View className="invite__panel invite__panel--fail" data-testid="invite-refused">
                <Text className="invite__title">{refusedTitle(refused)}</Text>
                <Text className="invite__text">{errorMessage(refused)}</Text>
                <Text className="invite__text">请联系邀请你的管理员重新发送邀请。</Text>
              </View>
            )}
            <Button type="primary" block size="large" loading={accept.busy} onClick={run}>
              接受邀请
            </Button>
          </View>
        )
      }
    </RemoteView>
  );
}

/** The code in what a QR code or a shared link holds (`profile/invite/index?code=…`), or a bare code. */
export function inviteCodeIn(text: string): string | null {
  const m = /[?&]code=([A-Za-z0-9]{8,32})/.exec(text) ?? /^\s*([A-Za-z0-9]{8,32})\s*$/.exec(text);
  return m ? m[1] : null;
}

/** Opened from 我的 without a code: scan the invitation's QR code, or paste its link or code. */
function ReadInvitation() {
  const [unreadable, setUnreadable] = useState(false);
  const read = (text: string) => {
    const code = inviteCodeIn(text);
    setUnreadable(!code);
    if (code) redirect('profile/invite/index', { code });
  };
  return (
    <View>
      <View className="invite__panel" data-testid="invite-no-code">
        <Text className="invite__title">接受工作人员邀请</Text>
        <Text className="invite__text">扫描管理员出示的邀请二维码，或粘贴收到的邀请链接、邀请码。</Text>
      </View>
      <TokenReader busy={false} onToken={read} what="邀请链接或邀请码" verb="打开邀请" />
      {unreadable && <Text className="invite__text invite__text--error">没有识别到邀请码，请核对后重试</Text>}
    </View>
  );
}

function InvitePage() {
  const { code } = usePageParams('profile/invite/index');
  return code ? <Invitation code={code} /> : <ReadInvitation />;
}

export default definePage(InvitePage);
