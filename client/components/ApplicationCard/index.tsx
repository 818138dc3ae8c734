import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { ApplicationView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../Card';
import ConfirmDialog from '../ConfirmDialog';
import { ApplicationStatusTag } from '../StatusTag';
import { useAction } from '../../hooks/useAction';
import { navigate } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import './index.css';

interface ApplicationCardProps {
  application: ApplicationView;
  /** The application as it is after the caller withdrew or confirmed it. */
  onChange: (application: ApplicationView) => void;
  /** While applications are open: offers to withdraw. */
  withdrawable?: boolean;
  /** In a list: a tap opens the slot's lottery page. */
  linkToLottery?: boolean;
}

/** One of the caller's lottery applications: its group, its result, confirming a win, withdrawing. */
export default function ApplicationCard({ application, onChange, withdrawable, linkToLottery }: ApplicationCardProps) {
  const [asking, setAsking] = useState(false);
  const withdraw = useAction('lottery.withdraw', { success: '已撤回报名' });
  const confirm = useAction('lottery.confirm', { success: '预约成功' });
  const { id, status, bookingId, confirmBy } = application;

  const confirmWithdraw = async () => {
    const withdrawn = await withdraw.run({ applicationId: id });
    if (withdrawn) onChange(withdrawn);
  };

  const confirmWin = async () => {
    const booking = await confirm.run({ applicationId: id });
    if (!booking) return;
    onChange({ ...application, status: 'confirmed', bookingId: booking.id });
    setTimeout(() => navigate('booking/detail/index', { bookingId: booking.id }), 800);
  };

  const open = bookingId
    ? () => navigate('booking/detail/index', { bookingId })
    : linkToLottery
      ? () => navigate('lottery/slot/index', { slotId: application.slotId })
      : undefined;

  return (
    <Card
      title={application.resourceName}
      extra={<ApplicationStatusTag status={status} />}
      testId={`application-${id}`}
      onClick={open}
    >
      <Text className="card__line">{application.venueName}</Text>
      <Text className="card__line">{slotWhen(application.start, application.end)}</Text>
      <Text className="card__line">参观人 {application.attendees.map((a) => a.name).join('、')}</Text>
      {bookingId && <Text className="card__link">已确认预约，查看预约 ›</Text>}
      {status === 'won' && (
        <View className="card__foot" onClick={(e) => e.stopPropagation()}>
          <Text className="application__deadline">
            {confirmBy ? `请于 ${dateTime(confirmBy)} 前确认` : '请尽快确认'}
          </Text>
          <Button size="small" type="primary" data-testid="lottery-confirm" loading={confirm.busy} onClick={confirmWin}>
            确认预约
          </Button>
        </View>
      )}
      {status === 'applied' && withdrawable && (
        <View className="card__foot">
          <Text className="application__note">报名截止前可撤回</Text>
          <Button
            size="small"
            type="danger"
            fill="outline"
            data-testid="lottery-withdraw"
            loading={withdraw.busy}
            onClick={() => setAsking(true)}
          >
            撤回报名
          </Button>
        </View>
      )}
      <ConfirmDialog
        visible={asking}
        title="撤回报名"
        content="撤回后将不参加本场抽签，报名截止前可以重新报名。确定撤回吗？"
        confirmText="确认撤回"
        onConfirm={confirmWithdraw}
        onClose={() => setAsking(false)}
      />
    </Card>
  );
}
