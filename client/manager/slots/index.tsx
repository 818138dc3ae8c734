import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { RESOURCE_KIND_LABELS } from '@shared/contract/catalog';
import { slotCapacityInput, slotCloseInput } from '@shared/contract/admin';
import type { ResourceView, SlotView } from '@shared/contract/types';
import Button from '../../ui/button';
import DateStrip from '../../components/DateStrip';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { SlotStatusTag, ToneTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateOfIso, longDate, nextDays, timeRange, today } from '../../utils/format';
import InputDialog from '../components/InputDialog';
import { toNumber } from '../form';
import { loadResource } from '../load';
import './index.css';

/** Days shown from today (slot.list answers up to 31 at once). */
const DAYS = 14;

type Step = 'capacity' | 'close';

const booked = (slot: SlotView) => slot.capacity - slot.remaining;

function SlotItem({ slot, onStep }: { slot: SlotView; onStep: (step: Step) => void }) {
  const editable = slot.status !== 'cancelled' && slot.status !== 'ended';
  return (
    <View className="mgr-slot" data-testid={`mgr-slot-${slot.id}`}>
      <View className="mgr-slot__main">
        <View className="mgr-slot__head">
          <Text className="mgr-slot__time">{timeRange(slot.start, slot.end)}</Text>
          <SlotStatusTag status={slot.status} />
        </View>
        <Text className="mgr-slot__line">
          容量 {slot.capacity} · 已约 {booked(slot)} · 余 {slot.remaining} · 候补 {slot.waiting}人
        </Text>
        {slot.reason && <Text className="mgr-slot__line">关闭原因：{slot.reason}</Text>}
      </View>
      {editable && (
        <View className="mgr-slot__actions">
          <Button size="small" fill="outline" type="primary" onClick={() => onStep('capacity')}>
            改容量
          </Button>
          <Button size="small" fill="outline" type="danger" onClick={() => onStep('close')}>
            关闭
          </Button>
        </View>
      )}
    </View>
  );
}

function Slots({ resource }: { resource: ResourceView }) {
  const [dates] = useState(() => nextDays(today(), DAYS));
  const [date, setDate] = useState(dates[0]);
  const slots = useRemote(
    () => call('slot.list', { resourceId: resource.id, from: dates[0], to: dates[DAYS - 1] }),
    [resource.id],
    {
      reloadOnShow: true,
    },
  );
  const [target, setTarget] = useState<SlotView | null>(null);
  const [step, setStep] = useState<Step | null>(null);

  const replace = (changed: SlotView) => {
    if (slots.state.status === 'ok') slots.setData(slots.state.data.map((s) => (s.id === changed.id ? changed : s)));
  };
  const ask = (slot: SlotView, next: Step) => {
    setTarget(slot);
    setStep(next);
  };
  const when = target ? `${longDate(dateOfIso(target.start))} ${timeRange(target.start, target.end)}` : '';

  return (
    <View>
      <RemoteView state={slots.state} onRetry={slots.reload}>
        {(list) => {
          const ofDay = list.filter((s) => dateOfIso(s.start) === date);
          return (
            <View>
              <DateStrip
                dates={dates}
                value={date}
                onChange={setDate}
                marked={new Set(list.map((s) => dateOfIso(s.start)))}
              />
              <Text className="section-title">{longDate(date)}</Text>
              {ofDay.length ? (
                <View className="mgr-slots">
                  {ofDay.map((s) => (
                    <SlotItem key={s.id} slot={s} onStep={(next) => ask(s, next)} />
                  ))}
                </View>
              ) : (
                <View className="mgr-slots__none">当天没有时段，可新增或批量生成</View>
              )}
            </View>
          );
        }}
      </RemoteView>
      {target && (
        <>
          <InputDialog
            visible={step === 'capacity'}
            title="修改容量"
            note={`${when} 已预约 ${booked(target)} 人，容量不能少于已预约人数。`}
            type="number"
            initial={String(target.capacity)}
            placeholder="新的容量"
            maxLength={6}
            confirmText="保存"
            action="admin.slot.capacity"
            toInput={(text) => ({ slotId: target.id, capacity: toNumber(text) })}
            schema={slotCapacityInput}
            success="容量已更新"
            onDone={replace}
            onClose={() => setStep(null)}
          />
          <InputDialog
            visible={step === 'close'}
            title="关闭时段"
            note={`关闭 ${when} 后，该时段的全部预约和候补都将取消，并通知相关观众改约。此操作不可撤销。`}
            placeholder="关闭原因（观众可见）"
            confirmText="确认关闭"
            action="admin.slot.close"
            toInput={(reason) => ({ slotId: target.id, reason })}
            schema={slotCloseInput}
            success="时段已关闭"
            onDone={replace}
            onClose={() => setStep(null)}
          />
        </>
      )}
    </View>
  );
}

function ResourceSlots() {
  const { resourceId } = usePageParams('manager/slots/index');
  const resource = useRemote(() => loadResource(resourceId), [resourceId]);
  return (
    <RemoteView state={resource.state} onRetry={resource.reload}>
      {(r) => (
        <View>
          <InfoCard
            title={r.name}
            extra={<ToneTag tone="primary" label={RESOURCE_KIND_LABELS[r.kind]} />}
            rows={[['地点', r.location]]}
          />
          <Slots resource={r} />
          <FooterBar>
            <View className="mgr-slots__footer">
              <Button
                className="mgr-slots__add"
                type="primary"
                fill="outline"
                size="large"
                onClick={() => navigate('manager/slot-create/index', { resourceId: r.id })}
              >
                新增时段
              </Button>
              <Button
                className="mgr-slots__add"
                type="primary"
                size="large"
                onClick={() => navigate('manager/slot-bulk/index', { resourceId: r.id })}
              >
                批量生成时段
              </Button>
            </View>
          </FooterBar>
        </View>
      )}
    </RemoteView>
  );
}

export default definePage(ResourceSlots, { withFooter: true });
