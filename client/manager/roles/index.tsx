import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { ROLE_LABELS, type Role, type RoleGrant } from '@shared/contract/roles';
import type { DepartmentView, RoleUserView, VenueView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ConfirmDialog from '../../components/ConfirmDialog';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import './index.css';

/** Staff and managers work at a venue (a manager without one: at every venue). */
const venueScoped = (role: Role) => role === 'staff' || role === 'manager';

interface Names {
  venues: VenueView[];
  departments: DepartmentView[];
}

/** `现场服务人员 · 星河科技馆`, `投诉处理人员 · 客服中心`, `领导小组` */
function grantText(grant: RoleGrant, { venues, departments }: Names): string {
  const venue = grant.venueId && (venues.find((v) => v.id === grant.venueId)?.name ?? grant.venueId);
  const department =
    grant.departmentId && (departments.find((d) => d.id === grant.departmentId)?.name ?? grant.departmentId);
  const scope = department || venue || (venueScoped(grant.role) ? '全部场馆' : '');
  return scope ? `${ROLE_LABELS[grant.role]} · ${scope}` : ROLE_LABELS[grant.role];
}

const grantKey = (g: RoleGrant) => `${g.role}-${g.venueId ?? g.departmentId ?? 'all'}`;

/** How a person reads in the list: the name from their profile, or a note that they have none. */
const personName = (u: RoleUserView) => u.name || '未填写姓名';

interface Revoking {
  user: RoleUserView;
  grant: RoleGrant;
}

function RoleUsers({
  users,
  names,
  onUsers,
}: {
  users: RoleUserView[];
  names: Names;
  onUsers: (users: RoleUserView[]) => void;
}) {
  const [revoking, setRevoking] = useState<Revoking | null>(null);
  const revoke = useAction('admin.role.revoke', { success: '已撤销' });

  /** The person as the server answered: in place, gone when no role is left. */
  const put = (user: RoleUserView) => {
    const known = users.some((u) => u.ref === user.ref);
    const next = known ? users.map((u) => (u.ref === user.ref ? user : u)) : [user, ...users];
    onUsers(next.filter((u) => u.roles.length));
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    const { user, grant } = revoking;
    const out = await revoke.run({
      userRef: user.ref,
      role: grant.role,
      venueId: grant.venueId,
      departmentId: grant.departmentId,
    });
    if (out) put(out);
  };

  return (
    <View>
      <Card title="邀请工作人员" testId="roles-invite" onClick={() => navigate('manager/invites/index', {})}>
        <Text className="card__line">生成一次性邀请二维码或链接，对方接受后即获得相应身份</Text>
        <Text className="card__link">去邀请 ›</Text>
      </Card>
      <Text className="section-title">已授权人员（{users.length}）</Text>
      {users.map((u) => (
        <Card
          key={u.ref}
          title={personName(u)}
          extra={<Text className="roles__id">{u.idMasked}</Text>}
          testId={`role-user-${u.ref}`}
        >
          {u.roles.map((g) => (
            <View key={grantKey(g)} className="roles__grant">
              <Text className="roles__grant-text">{grantText(g, names)}</Text>
              <Button
                size="small"
                fill="outline"
                type="danger"
                data-testid={`role-revoke-${u.ref}-${grantKey(g)}`}
                onClick={() => setRevoking({ user: u, grant: g })}
              >
                撤销
              </Button>
            </View>
          ))}
        </Card>
      ))}
      <ConfirmDialog
        visible={Boolean(revoking)}
        title="撤销权限"
        content={
          revoking
            ? `撤销 ${personName(revoking.user)}（${revoking.user.idMasked}）的「${grantText(revoking.grant, names)}」权限吗？操作将记录在案。`
            : ''
        }
        confirmText="确认撤销"
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </View>
  );
}

function Roles() {
  const data = useRemote(
    async () => {
      const [users, venues, departments] = await Promise.all([
        call('admin.role.list', {}),
        call('venue.list', {}),
        call('department.list', {}),
      ]);
      return { users, names: { venues, departments } };
    },
    [],
    { reloadOnShow: true },
  );
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ users, names }) => (
        <RoleUsers users={users} names={names} onUsers={(next) => data.setData({ users: next, names })} />
      )}
    </RemoteView>
  );
}

export default definePage(Roles);
