import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { grantsRole } from '@shared/contract/roles';
import type { InviteCreatedView, InviteView } from '@shared/contract/types';
import ConfirmDialog from '../../components/ConfirmDialog';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { loadManagerScope } from '../load';
import Created from './Created';
import InviteForm, { type Scope } from './InviteForm';
import InviteItem from './InviteItem';
import { inviteText } from './labels';
import './index.css';

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
