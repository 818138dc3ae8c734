import { Text, View } from '@tarojs/components';
import type { ResourceView } from '@shared/contract';
import AttendeePicker from '../../components/AttendeePicker';
import Field from '../../components/Field';
import PurposeFields from '../../components/IntervalBooking/PurposeFields';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import type { useIntervalBooking } from './useIntervalBooking';

type Booking = ReturnType<typeof useIntervalBooking>;

/** The caller's attendees to tick, on a real-name resource (loaded again when back from adding one). */
function Attendees({ resource, form }: { resource: ResourceView; form: Booking }) {
  const attendees = useRemote(() => call('attendee.list', {}), [], { reloadOnShow: true });
  const max = resource.policy.maxAttendees;
  return (
    <RemoteView state={attendees.state} onRetry={attendees.reload}>
      {(list) => (
        <View>
          <AttendeePicker
            attendees={list}
            maxAttendees={max}
            max={max}
            value={form.values.attendeeIds}
            onChange={(ids) => form.set('attendeeIds', ids)}
          />
          {form.error('attendeeIds') && <Text className="interval-form__error">{form.error('attendeeIds')}</Text>}
        </View>
      )}
    </RemoteView>
  );
}

/**
 * Who books, where no attendees are named: the caller as themselves, by the name and phone of their profile
 * (the function refuses without a name; loaded again when back from filling it in).
 */
function Booker() {
  const me = useRemote(() => call('user.me', {}), [], { reloadOnShow: true });
  const profile = me.state.status === 'ok' ? me.state.data.profile : undefined;
  if (profile === undefined) return null;
  return (
    <Field label="预约人">
      {profile ? (
        <Text className="interval-form__value">{[profile.name, profile.phoneMasked].filter(Boolean).join(' ')}</Text>
      ) : (
        <Text className="interval-form__link" onClick={() => navigate('profile/edit/index')}>
          以本人名义预约，请先填写姓名和电话 ›
        </Text>
      )}
    </Field>
  );
}

/** 使用目的 and 人数 (at most the seats), and the attendees where the resource is real-name. */
export default function IntervalFields({
  resource,
  capacity,
  form,
}: {
  resource: ResourceView;
  capacity: number;
  form: Booking;
}) {
  return (
    <View>
      <Text className="section-title">预约信息</Text>
      <View className="interval-form">
        <PurposeFields form={form} capacity={capacity} example="如：项目周会" />
        {!resource.policy.realName && <Booker />}
      </View>
      {resource.policy.realName && <Attendees resource={resource} form={form} />}
    </View>
  );
}
