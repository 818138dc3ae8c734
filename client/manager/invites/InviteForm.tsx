import { Text, View } from '@tarojs/components';
import { INVITE_DEFAULT_HOURS, inviteCreateInput } from '@shared/contract/setup';
import { ROLES, ROLE_LABELS, type Role } from '@shared/contract/roles';
import type { DepartmentView, InviteCreatedView, VenueView } from '@shared/contract/types';
import Button from '../../ui/button';
import Field from '../../components/Field';
import OptionButtons from '../../components/OptionButtons';
import { useForm } from '../../hooks/useForm';
import NumberField from '../components/NumberField';
import { toNumber } from '../form';
import { venueScoped } from './labels';

export interface Scope {
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

export default function InviteForm({
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
