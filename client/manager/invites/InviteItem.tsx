import { Text, View } from '@tarojs/components';
import type { InviteView } from '@shared/contract';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import { dateTime } from '../../utils/format';
import { StatusTag, inviteText } from './labels';

export default function InviteItem({ invite, onRevoke }: { invite: InviteView; onRevoke: () => void }) {
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
