import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { bookingReturnInput } from '@shared/contract/booking';
import type { BookingView } from '@shared/contract/types';
import { RETURN_CONDITIONS, RETURN_CONDITION_LABELS, type ReturnCondition } from '@shared/contract/booking';
import Button from '../../ui/button';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import OptionButtons from '../../components/OptionButtons';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { goBack } from '../../services/navigate';
import { dateTime, slotWhen } from '../../utils/format';
import { stillUploading, uploadedIds, type Photo } from '../../complaint/components/PhotoPicker';
import ReportForm, { PhotoField, TextBox } from '../../complaint/components/ReportForm';
import './index.css';

const MAX_NOTE = 200;

interface Form {
  /** Chosen on purpose: nothing is preset, so 正常 is never sent by a tap on 提交 alone. */
  condition: ReturnCondition | undefined;
  note: string;
}

const EMPTY: Form = { condition: undefined, note: '' };

/**
 * 结束使用 of a room or an item booked by the hour: the condition it is left in; damage is described (and may
 * be photographed: the photos are uploaded as complaint photos are) and reaches the 行政部 as a facilities
 * report. Back on the detail page, which loads the booking again when shown.
 */
function ReturnForm({ booking }: { booking: BookingView }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [unchosen, setUnchosen] = useState(false);
  // Returned: the page is about to go back; another tap must not send it again.
  const [done, setDone] = useState(false);
  const form = useForm('booking.return', {
    initial: EMPTY,
    // The note and photos belong to damage: switching back to 正常 leaves them out.
    toInput: (v: Form) => {
      const ids = uploadedIds(photos);
      return {
        bookingId: booking.id,
        condition: v.condition,
        ...(v.condition === 'damaged' && v.note.trim() ? { note: v.note } : {}),
        ...(v.condition === 'damaged' && ids.length ? { photos: ids } : {}),
      };
    },
    schema: bookingReturnInput,
    success: '已结束使用',
    onDone: () => {
      setDone(true);
      goBack(800);
    },
  });
  const { values, set, error } = form;
  const damaged = values.condition === 'damaged';

  const submit = async () => {
    if (done || form.busy) return;
    if (!values.condition) {
      setUnchosen(true);
      return;
    }
    if (damaged && stillUploading(photos)) return;
    await form.submit();
  };

  return (
    <View>
      <InfoCard
        title={booking.resourceName}
        rows={[
          ['时间', slotWhen(booking.start, booking.end)],
          ['地点', booking.location],
          [booking.equipment ? '领取' : '开始使用', booking.checkedInAt && dateTime(booking.checkedInAt)],
        ]}
      >
        {booking.equipment && <Text className="return__hint">设备请到管理处归还，由工作人员清点。</Text>}
      </InfoCard>
      <ReportForm>
        <Field label="使用后状况" error={unchosen && !values.condition ? '请选择使用后状况' : error('condition')}>
          <OptionButtons
            value={values.condition}
            options={RETURN_CONDITIONS}
            label={(c) => RETURN_CONDITION_LABELS[c]}
            onChange={(c) => set('condition', c)}
            testId="return-condition"
          />
        </Field>
        {damaged && (
          <Field label="损坏说明" error={error('note')}>
            <TextBox
              className="return-form__textarea"
              value={values.note}
              placeholder="请描述损坏的部位和情况"
              max={MAX_NOTE}
              onChange={(v) => set('note', v)}
            />
          </Field>
        )}
        {damaged && <PhotoField photos={photos} onChange={setPhotos} error={error('photos')} />}
      </ReportForm>
      <Text className="return__hint return__hint--plain">
        {damaged
          ? '损坏情况将转行政部处理（设施设备），处理进度可在“我的投诉”中查看。'
          : '使用完毕请恢复原状、关闭设备；如有损坏请如实登记。'}
      </Text>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          data-testid="return-submit"
          loading={form.busy}
          disabled={done}
          onClick={submit}
        >
          提交
        </Button>
      </FooterBar>
    </View>
  );
}

function Return() {
  const { bookingId } = usePageParams('booking/return/index');
  const booking = useRemote(() => call('booking.get', { bookingId }), [bookingId]);
  return (
    <RemoteView
      state={booking.state}
      onRetry={booking.reload}
      // Returned meanwhile (by staff taking equipment back, or on another phone), or not in use.
      empty="该预约已结束使用或当前不能结束使用"
      isEmpty={(b) => !b.actions.includes('return')}
      emptyAction={
        <Button type="primary" fill="outline" onClick={() => goBack()}>
          返回预约详情
        </Button>
      }
    >
      {(b) => <ReturnForm booking={b} />}
    </RemoteView>
  );
}

export default definePage(Return, { withFooter: true });
