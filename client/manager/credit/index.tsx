import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { creditLiftInput } from '@shared/contract/admin';
import type { BlockedView } from '@shared/contract/types';
import Button from '../../ui/button';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime } from '../../utils/format';
import Actions from '../components/Actions';
import InputDialog from '../components/InputDialog';

const sameBlock = (a: BlockedView, b: BlockedView) => a.attendeeId === b.attendeeId && a.venueId === b.venueId;

function BlockedItem({ blocked, onLift }: { blocked: BlockedView; onLift: () => void }) {
  return (
    <InfoCard
      title={blocked.name}
      extra={<ToneTag tone="danger" label="暂停预约" />}
      rows={[
        ['证件', blocked.idMasked],
        ['场馆', blocked.venueName],
        ['未到场', `${blocked.noShows} 次`],
        ['暂停至', dateTime(blocked.blockedUntil)],
      ]}
    >
      <Actions>
        <Button
          size="small"
          fill="outline"
          type="primary"
          data-testid={`mgr-lift-${blocked.attendeeId}`}
          onClick={onLift}
        >
          解除限制
        </Button>
      </Actions>
    </InfoCard>
  );
}

function Blocked() {
  const { venueId } = usePageParams('manager/credit/index');
  const blocked = useRemote(() => call('admin.credit.blocked', { venueId }), [venueId], { reloadOnShow: true });
  const [lifting, setLifting] = useState<BlockedView | null>(null);

  const drop = (done: BlockedView) => {
    if (blocked.state.status === 'ok') blocked.setData(blocked.state.data.filter((b) => !sameBlock(b, done)));
  };

  return (
    <View>
      <RemoteView state={blocked.state} onRetry={blocked.reload} empty="暂无被限制的观众">
        {(list) => (
          <View>
            <Text className="section-title">因多次未到场被暂停预约的证件（{list.length}）</Text>
            {list.map((b) => (
              <BlockedItem key={`${b.venueId}:${b.attendeeId}`} blocked={b} onLift={() => setLifting(b)} />
            ))}
          </View>
        )}
      </RemoteView>
      {lifting && (
        <InputDialog
          visible
          title="解除限制"
          note={`解除后「${lifting.name}」（${lifting.idMasked}）可立即在${lifting.venueName}重新预约，操作将记录在案。`}
          placeholder="解除原因，如：已核实因病未能到场"
          confirmText="确认解除"
          action="admin.credit.lift"
          toInput={(reason) => ({ attendeeId: lifting.attendeeId, venueId: lifting.venueId, reason })}
          schema={creditLiftInput}
          success="已解除限制"
          onDone={() => drop(lifting)}
          onClose={() => setLifting(null)}
        />
      )}
    </View>
  );
}

export default definePage(Blocked);
