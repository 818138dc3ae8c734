import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { LotteryView } from '@shared/contract';
import Button from '../../ui/button';
import ConfirmDialog from '../../components/ConfirmDialog';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { LotteryStatusTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import Actions from '../components/Actions';

const byStart = (list: LotteryView[]) => list.sort((a, b) => a.start.localeCompare(b.start));

function LotteryItem({ lottery, onDraw }: { lottery: LotteryView; onDraw: () => void }) {
  const { slotId } = lottery;
  return (
    <InfoCard
      title={lottery.resourceName}
      extra={<LotteryStatusTag status={lottery.status} />}
      testId={`mgr-lottery-${slotId}`}
      rows={[
        ['时间', slotWhen(lottery.start, lottery.end)],
        ['报名', `${lottery.applicants}组 · 共${lottery.people}人 / 名额${lottery.places}人`],
        ['报名截止', dateTime(lottery.closesAt)],
        ['开奖时间', dateTime(lottery.drawnAt ?? lottery.drawAt)],
        ['中签', lottery.winners === undefined ? undefined : `${lottery.winners}组`],
      ]}
    >
      <Actions>
        {lottery.status === 'drawn' ? (
          <Button
            size="small"
            fill="outline"
            type="primary"
            onClick={() => navigate('lottery/verify/index', { slotId })}
          >
            验证结果
          </Button>
        ) : (
          <Button
            size="small"
            type="primary"
            data-testid={`mgr-draw-${slotId}`}
            disabled={lottery.status !== 'closed'}
            onClick={onDraw}
          >
            立即抽签
          </Button>
        )}
      </Actions>
    </InfoCard>
  );
}

function Lotteries() {
  const { venueId } = usePageParams('manager/lotteries/index');
  const lotteries = useRemote(async () => byStart(await call('admin.lottery.list', { venueId })), [venueId], {
    reloadOnShow: true,
  });
  const draw = useAction('lottery.draw', { success: (drawn) => (drawn.status === 'drawn' ? '已开奖' : '抽签进行中') });
  const [target, setTarget] = useState<LotteryView | null>(null);

  const runDraw = async (lottery: LotteryView) => {
    const drawn = await draw.run({ slotId: lottery.slotId });
    if (drawn && lotteries.state.status === 'ok')
      lotteries.setData(lotteries.state.data.map((l) => (l.slotId === drawn.slotId ? drawn : l)));
  };

  return (
    <View>
      <RemoteView state={lotteries.state} onRetry={lotteries.reload} empty="暂无抽签时段">
        {(list) => (
          <View>
            <Text className="section-title">抽签时段 {list.length} 个</Text>
            {list.map((l) => (
              <LotteryItem key={l.slotId} lottery={l} onDraw={() => setTarget(l)} />
            ))}
          </View>
        )}
      </RemoteView>
      {target && (
        <ConfirmDialog
          visible
          title="立即抽签"
          content={`将为「${target.resourceName}」${slotWhen(target.start, target.end)}的 ${target.applicants} 组报名抽取 ${target.places} 个名额，并公布抽签种子。此操作不可撤销。`}
          confirmText="确认抽签"
          onConfirm={() => runDraw(target)}
          onClose={() => setTarget(null)}
        />
      )}
    </View>
  );
}

export default definePage(Lotteries);
