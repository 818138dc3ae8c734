import { Text, View } from '@tarojs/components';
import type { SlotView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { goBack } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import HashValue from '../../lottery/components/HashValue';

/**
 * A lottery session just created: when it closes and draws, and the commitment published with it, with
 * what that commitment is for; then back to the slots.
 */
export default function Created({ slot }: { slot: SlotView }) {
  const lottery = useRemote(() => call('lottery.get', { slotId: slot.id }), [slot.id]);
  return (
    <View>
      <RemoteView state={lottery.state} onRetry={lottery.reload}>
        {(l) => (
          <View>
            <InfoCard
              title="抽签时段已创建"
              testId="mgr-slot-created"
              rows={[
                ['时间', slotWhen(l.start, l.end)],
                ['报名截止', dateTime(l.closesAt)],
                ['抽签时间', dateTime(l.drawAt)],
              ]}
            />
            <Card title="抽签承诺">
              <HashValue label="承诺值（SHA-256）" value={l.commitment} testId="mgr-slot-commitment" />
              <Text className="slot-created__explain">
                承诺值是本场抽签种子的SHA-256哈希，创建时段时即已公布，报名开始前就固定下来。开奖后公布种子，任何人都可以核对种子与承诺值相符，并按公开的算法复算中签名单，确认抽签结果没有在报名后被更改。
              </Text>
            </Card>
          </View>
        )}
      </RemoteView>
      <FooterBar>
        <Button type="primary" block size="large" onClick={() => goBack()}>
          返回时段列表
        </Button>
      </FooterBar>
    </View>
  );
}
