import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import {
  INVITE_DEFAULT_HOURS,
  ROLES,
  ROLE_LABELS,
  grantsRole,
  inviteCreateInput,
  type DepartmentView,
  type InviteCreatedView,
  type InviteView,
  type Role,
  type VenueView,
} from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import ConfirmDialog from '../../components/ConfirmDialog';
import Field from '../../components/Field';
import InfoCard from '../../components/InfoCard';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import QrCode from '../../components/QrCode';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime } from '../../utils/format';
import NumberField from '../components/NumberField';
import { toNumber } from '../form';
import { loadManagerScope } from '../load';
import './index.css';

type Tone = Parameters<typeof ToneTag>[0]['tone'];

const STATUS: Record<InviteView['status'], { label: string; tone: Tone }> = {
  open: { label: '待使用', tone: 'primary' },
  used: { label: '已使用', tone: 'success' },
  revoked: { label: '已撤销', tone: 'muted' },
  expired: { label: '已过期', tone: 'muted' },
};

const StatusTag = ({ status }: { status: InviteView['status'] }) => (
  <ToneTag tone={STATUS[status].tone} label={STATUS[status].label} />
);

/** Staff and managers work at a venue (a manager without one: at every venue). */
const venueScoped = (role: Role) => role === 'staff' || role === 'manager';

/** `现场服务人员 · 星河科技馆`, `投诉处理人员 · 客服中心`, `场馆管理员 · 全部场馆` */
function inviteText(invite: InviteView): string {
  const scope =
    invite.role === 'handler'
      ? (invite.departmentName ?? invite.departmentId)
      : (invite.venueName ?? invite.venueId ?? (invite.role === 'manager' ? '全部场馆' : ''));
  return scope ? `${ROLE_LABELS[invite.role]} · ${scope}` : ROLE_LABELS[invite.role];
}

interface Scope {
  venues: VenueView[];
  departments: DepartmentView[];
  /** A global admin: may invite admins and managers of every venue. */
  admin: boolean;
}

interface Form {
  role: Role;
  /** '' = every venue (managers invited by an admin). */
  venueId: string;
  departmentId: string;
  hours: string;
}

/** What admin.invite.create takes, before the schema checks it: only the scope the role has. */
const inputOf = (form: Form) => ({
  role: form.role,
  venueId: venueScoped(form.role) && form.venueId ? form.venueId : undefined,
  departmentId: form.role === 'handler' && form.departmentId ? form.departmentId : undefined,
  hours: toNumber(form.hours),
});

function InviteForm({
  scope,
  venueId,
  onCreated,
}: {
  scope: Scope;
  venueId?: string;
  onCreated: (invite: InviteCreatedView) => void;
}) {
  const { venues, departments, admin } = scope;
  const form = useForm('admin.invite.create', {
    initial: {
      role: 'staff' as Role,
      venueId: venueId ?? venues[0]?.id ?? '',
      departmentId: departments[0]?.id ?? '',
      hours: String(INVITE_DEFAULT_HOURS),
    },
    toInput: inputOf,
    schema: inviteCreateInput,
    success: '邀请已创建',
    onDone: onCreated,
  });
  const { values, set } = form;
  const roles = ROLES.filter((r) => r !== 'admin' || admin);
  const venueOptions = [...(values.role === 'manager' && admin ? [{ id: '', name: '全部场馆' }] : []), ...venues];
  const venueName = (id: string) => venueOptions.find((v) => v.id === id)?.name ?? id;
  const departmentName = (id: string) => departments.find((d) => d.id === id)?.name ?? id;

  const pickRole = (role: Role) => {
    set('role', role);
    // A venue picked as 全部场馆 is not one a staff invitation can name.
    if (role !== 'manager' && !values.venueId && venues[0]) set('venueId', venues[0].id);
  };

  return (
    <View>
      <View className="invites__form">
        <Field label="角色" error={form.error('role')}>
          <OptionButtons
            value={values.role}
            options={roles}
            label={(r) => ROLE_LABELS[r]}
            testId="invite-role"
            onChange={pickRole}
          />
        </Field>
        {venueScoped(values.role) && (
          <Field label="场馆" error={form.error('venueId')}>
            {venueOptions.length ? (
              <OptionButtons
                value={values.venueId}
                options={venueOptions.map((v) => v.id)}
                label={venueName}
                testId="invite-venue"
                onChange={(id) => set('venueId', id)}
              />
            ) : (
              <Text className="invites__none">暂无可选场馆</Text>
            )}
          </Field>
        )}
        {values.role === 'handler' && (
          <Field label="部门" error={form.error('departmentId')}>
            {departments.length ? (
              <OptionButtons
                value={values.departmentId}
                options={departments.map((d) => d.id)}
                label={departmentName}
                testId="invite-department"
                onChange={(id) => set('departmentId', id)}
              />
            ) : (
              <Text className="invites__none">暂无部门，请先添加部门</Text>
            )}
          </Field>
        )}
        <NumberField
          label="有效期"
          unit="小时"
          value={values.hours}
          error={form.error('hours')}
          onChange={(v) => set('hours', v)}
        />
      </View>
      <Text className="invites__hint">有效期最长 7 天（168 小时）；每份邀请只能被一人接受一次。</Text>
      <Button className="invites__submit" type="primary" block loading={form.busy} onClick={form.submit}>
        生成邀请
      </Button>
    </View>
  );
}

const copy = (data: string) => Taro.setClipboardData({ data });

/** The invitation just made: its QR code, link and code, shown this once. */
function Created({ invite, onAnother }: { invite: InviteCreatedView; onAnother: () => void }) {
  return (
    <Card title="邀请已创建" extra={<StatusTag status={invite.status} />} testId="invite-created">
      <Text className="card__line">{inviteText(invite)}</Text>
      <View className="invites__qr">
        <QrCode value={invite.path} size={200} />
      </View>
      <Text className="invites__note">
        请对方在小程序「我的 → 工作人员邀请」中扫描二维码，或把链接、邀请码发给对方粘贴。
      </Text>
      <View className="invites__copy-row">
        <View className="invites__copy-main">
          <Text className="invites__copy-label">链接</Text>
          <Text className="invites__copy-value" data-testid="invite-path" userSelect>
            {invite.path}
          </Text>
        </View>
        <Button size="small" fill="outline" type="primary" onClick={() => copy(invite.path)}>
          复制链接
        </Button>
      </View>
      <View className="invites__copy-row">
        <View className="invites__copy-main">
          <Text className="invites__copy-label">邀请码</Text>
          <Text className="invites__copy-value" data-testid="invite-code" userSelect>
            {invite.code}
          </Text>
        </View>
        <Button size="small" fill="outline" type="primary" onClick={() => copy(invite.code)}>
          复制邀请码
        </Button>
      </View>
      <Text className="invites__note invites__note--warn" data-testid="invite-expiry">
        有效期至 {dateTime(invite.expiresAt)}，仅可使用一次。二维码和邀请码只在此显示一次，离开本页后无法再查看。
      </Text>
      <View className="card__foot">
        <Text className="card__line">需要邀请更多人？</Text>
        <Button size="small" type="primary" onClick={onAnother}>
          再建一份
        </Button>
      </View>
    </Card>
  );
}

function InviteItem({ invite, onRevoke }: { invite: InviteView; onRevoke: () => void }) {
  const used = invite.usedBy;
  return (
    <InfoCard
      title={inviteText(invite)}
      extra={<StatusTag status={invite.status} />}
      testId={`invite-${invite.id}`}
      rows={[
        ['有效期至', dateTime(invite.expiresAt)],
        ['创建时间', dateTime(invite.createdAt)],
        ['使用人', used ? `${used.name || '未填写姓名'} ${used.idMasked}` : undefined],
        ['使用时间', invite.usedAt ? dateTime(invite.usedAt) : undefined],
      ]}
    >
      {invite.status === 'open' && (
        <View className="card__foot">
          <Text className="card__line">撤销后邀请码立即失效</Text>
          <Button
            size="small"
            fill="outline"
            type="danger"
            data-testid={`invite-revoke-${invite.id}`}
            onClick={onRevoke}
          >
            撤销
          </Button>
        </View>
      )}
    </InfoCard>
  );
}

/** Without its code and path: the list never shows them. */
const listed = ({ code: _code, path: _path, ...invite }: InviteCreatedView): InviteView => invite;

function Invites({ scope, venueId }: { scope: Scope; venueId?: string }) {
  const invites = useRemote(() => call('admin.invite.list', { venueId }), [venueId], { reloadOnShow: true });
  const [created, setCreated] = useState<InviteCreatedView | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [revoking, setRevoking] = useState<InviteView | null>(null);
  const revoke = useAction('admin.invite.revoke', { success: '已撤销' });

  const put = (invite: InviteView) => {
    if (invites.state.status !== 'ok') return;
    const list = invites.state.data;
    const known = list.some((i) => i.id === invite.id);
    invites.setData(known ? list.map((i) => (i.id === invite.id ? invite : i)) : [invite, ...list]);
  };

  const onCreated = (invite: InviteCreatedView) => {
    setCreated(invite);
    put(listed(invite));
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    const out = await revoke.run({ inviteId: revoking.id });
    if (!out) return;
    put(out);
    if (created?.id === out.id) setCreated(null);
  };

  return (
    <View>
      <Text className="section-title">新建邀请</Text>
      {created ? (
        <Created
          invite={created}
          onAnother={() => {
            setCreated(null);
            setFormKey((k) => k + 1);
          }}
        />
      ) : (
        <InviteForm key={formKey} scope={scope} venueId={venueId} onCreated={onCreated} />
      )}
      <RemoteView state={invites.state} onRetry={invites.reload} empty="还没有邀请记录">
        {(list) => (
          <View>
            <Text className="section-title">邀请记录（{list.length}）</Text>
            {list.map((i) => (
              <InviteItem key={i.id} invite={i} onRevoke={() => setRevoking(i)} />
            ))}
          </View>
        )}
      </RemoteView>
      <ConfirmDialog
        visible={Boolean(revoking)}
        title="撤销邀请"
        content={revoking ? `撤销「${inviteText(revoking)}」的邀请吗？撤销后邀请码立即失效，操作将记录在案。` : ''}
        confirmText="确认撤销"
        onConfirm={confirmRevoke}
        onClose={() => setRevoking(null)}
      />
    </View>
  );
}

async function loadScope(): Promise<Scope> {
  const [{ venues, roles }, departments] = await Promise.all([loadManagerScope(), call('department.list', {})]);
  return { venues, departments, admin: grantsRole(roles, 'admin') };
}

function InvitesPage() {
  const { venueId } = usePageParams('manager/invites/index');
  const scope = useRemote(loadScope, []);
  return (
    <RemoteView
      state={scope.state}
      onRetry={scope.reload}
      empty="无权限"
      isEmpty={(s) => s.venues.length === 0 && !s.admin}
      emptyAction={
        <Text className="invites__none" data-testid="invites-no-access">
          仅场馆管理员和领导小组可邀请工作人员。
        </Text>
      }
    >
      {(s) => <Invites scope={s} venueId={venueId} />}
    </RemoteView>
  );
}

export default definePage(InvitesPage);
