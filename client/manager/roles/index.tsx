import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  ROLES,
  ROLE_LABELS,
  roleGrantInput,
  type Role,
  type RoleGrant,
  type RoleUserView,
  type VenueView,
} from '@shared/contract';
import Button from '../../ui/button';
import Input from '../../ui/input';
import Card from '../../components/Card';
import ConfirmDialog from '../../components/ConfirmDialog';
import Field from '../../components/Field';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useAction } from '../../hooks/useAction';
import { useForm } from '../../hooks/useForm';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import './index.css';

/** Staff and managers work at a venue (a manager without one: at every venue). */
const venueScoped = (role: Role) => role === 'staff' || role === 'manager';

/** `现场服务人员 · 星河科技馆`, `投诉处理人员 · 部门 dept-guide`, `领导小组` */
function grantText(grant: RoleGrant, venues: VenueView[]): string {
  const venue = grant.venueId && (venues.find((v) => v.id === grant.venueId)?.name ?? grant.venueId);
  const scope = grant.departmentId
    ? `部门 ${grant.departmentId}`
    : venue || (venueScoped(grant.role) ? '全部场馆' : '');
  return scope ? `${ROLE_LABELS[grant.role]} · ${scope}` : ROLE_LABELS[grant.role];
}

const grantKey = (g: RoleGrant) => `${g.role}-${g.venueId ?? g.departmentId ?? 'all'}`;

interface Form {
  openid: string;
  role: Role;
  /** '' = every venue (managers only). */
  venueId: string;
  departmentId: string;
}

/** What admin.role.grant takes, before the schema checks it: only the scope the role has. */
const inputOf = (form: Form) => ({
  openid: form.openid,
  role: form.role,
  venueId: venueScoped(form.role) && form.venueId ? form.venueId : undefined,
  departmentId: form.role === 'handler' ? form.departmentId.trim() || undefined : undefined,
});

function GrantForm({ venues, onGranted }: { venues: VenueView[]; onGranted: (user: RoleUserView) => void }) {
  const grant = useForm('admin.role.grant', {
    initial: { openid: '', role: 'staff' as Role, venueId: venues[0]?.id ?? '', departmentId: '' },
    toInput: inputOf,
    schema: roleGrantInput,
    success: '已授权',
    onDone: onGranted,
  });
  const { values: form, set } = grant;

  const venueOptions = [...(form.role === 'manager' ? [{ id: '', name: '全部场馆' }] : []), ...venues];
  const venueName = (id: string) => venueOptions.find((v) => v.id === id)?.name ?? id;

  return (
    <View>
      <Text className="section-title">授予权限</Text>
      <View className="roles__form">
        <Field label="OpenID" error={grant.error('openid')}>
          <Input
            value={form.openid}
            placeholder="被授权用户的 OpenID"
            maxLength={64}
            data-testid="role-openid"
            onChange={(v) => set('openid', v)}
          />
        </Field>
        <Field label="角色" error={grant.error('role')}>
          <OptionButtons
            value={form.role}
            options={ROLES}
            label={(r) => ROLE_LABELS[r]}
            onChange={(r) => set('role', r)}
          />
        </Field>
        {venueScoped(form.role) && (
          <Field label="场馆" error={grant.error('venueId')}>
            <OptionButtons
              value={form.venueId}
              options={venueOptions.map((v) => v.id)}
              label={venueName}
              onChange={(id) => set('venueId', id)}
            />
          </Field>
        )}
        {form.role === 'handler' && (
          <Field label="部门" error={grant.error('departmentId')}>
            <Input
              value={form.departmentId}
              placeholder="处理部门编号"
              maxLength={64}
              data-testid="role-department"
              onChange={(v) => set('departmentId', v)}
            />
          </Field>
        )}
      </View>
      <Button
        className="roles__submit"
        type="primary"
        block
        loading={grant.busy}
        data-testid="role-grant"
        onClick={grant.submit}
      >
        授予权限
      </Button>
    </View>
  );
}

interface Revoking {
  openid: string;
  grant: RoleGrant;
}

function RoleUsers({
  users,
  venues,
  onUsers,
}: {
  users: RoleUserView[];
  venues: VenueView[];
  onUsers: (users: RoleUserView[]) => void;
}) {
  const [revoking, setRevoking] = useState<Revoking | null>(null);
  const revoke = useAction('admin.role.revoke', { success: '已撤销' });

  /** The user as the server answered: in place, first when new, gone when no role is left. */
  const put = (user: RoleUserView) => {
    const known = users.some((u) => u.openid === user.openid);
    const next = known ? users.map((u) => (u.openid === user.openid ? user : u)) : [user, ...users];
    onUsers(next.filter((u) => u.roles.length));
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    const { openid, grant } = revoking;
    const user = await revoke.run({
      openid,
      role: grant.role,
      venueId: grant.venueId,
      departmentId: grant.departmentId,
    });
    if (user) put(user);
  };

  return (
    <View>
      <GrantForm venues={venues} onGranted={put} />
      <Text className="section-title">已授权人员（{users.length}）</Text>
      {users.map((u) => (
        <Card key={u.openid} title={u.openid} testId={`role-user-${u.openid}`}>
          {u.roles.map((g) => (
            <View key={grantKey(g)} className="roles__grant">
              <Text className="roles__grant-text">{grantText(g, venues)}</Text>
              <Button
                size="small"
                fill="outline"
                type="danger"
                data-testid={`role-revoke-${u.openid}-${grantKey(g)}`}
                onClick={() => setRevoking({ openid: u.openid, grant: g })}
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
          revoking ? `撤销 ${revoking.openid} 的「${grantText(revoking.grant, venues)}」权限吗？操作将记录在案。` : ''
        }
        confirmText="确认撤销"
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </View>
  );
}

function Roles() {
  const data = useRemote(async () => {
    const [users, venues] = await Promise.all([call('admin.role.list', {}), call('venue.list', {})]);
    return { users, venues };
  }, []);
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ users, venues }) => (
        <RoleUsers users={users} venues={venues} onUsers={(next) => data.setData({ users: next, venues })} />
      )}
    </RemoteView>
  );
}

export default definePage(Roles);
