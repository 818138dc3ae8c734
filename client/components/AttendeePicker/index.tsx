import { Text, View } from '@tarojs/components';
import type { AttendeeView } from '@shared/contract';
import { ERROR_MESSAGES } from '@shared/errors';
import Button from '../../ui/button';
import Checkbox from '../../ui/checkbox';
import { navigate } from '../../services/navigate';
import { toastFail } from '../../services/toast';
import { dateTime } from '../../utils/format';
import './index.css';

interface AttendeePickerProps {
  attendees: AttendeeView[];
  /** The policy's per-order limit, named in the heading. */
  maxAttendees: number;
  /** How many may be ticked (the limit, or fewer when fewer places are left). */
  max: number;
  value: string[];
  onChange: (ids: string[]) => void;
}

const addAttendee = () => navigate('profile/attendee-add/index');

/** The caller's saved attendees as tick boxes, with a way to add one. */
export default function AttendeePicker({ attendees, maxAttendees, max, value, onChange }: AttendeePickerProps) {
  return (
    <View>
      <View className="attendee-picker__head">
        <Text className="section-title">选择参观人（每单最多{maxAttendees}人）</Text>
        <Text className="attendee-picker__add" onClick={addAttendee}>
          + 添加参观人
        </Text>
      </View>
      {attendees.length ? (
        <Checkbox.Group
          className="attendee-picker__list"
          value={value}
          max={max}
          onChange={onChange}
          onLimit={() => toastFail(ERROR_MESSAGES.LIMIT_EXCEEDED)}
        >
          {attendees.map((a) => (
            <Checkbox
              key={a.id}
              className="attendee-picker__item"
              value={a.id}
              label={
                <View className="attendee-picker__person">
                  <Text className="attendee-picker__name">{a.name}</Text>
                  <Text className="attendee-picker__id">{a.idMasked}</Text>
                  {a.credit.blockedUntil && (
                    <Text className="attendee-picker__blocked">暂停预约至 {dateTime(a.credit.blockedUntil)}</Text>
                  )}
                </View>
              }
            />
          ))}
        </Checkbox.Group>
      ) : (
        <View className="attendee-picker__empty">
          <Text>还没有常用参观人，请先添加实名信息</Text>
          <Button type="primary" fill="outline" size="small" onClick={addAttendee}>
            添加参观人
          </Button>
        </View>
      )}
    </View>
  );
}
