import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { CheckinBookingView } from '@shared/contract';
import Button from '../../ui/button';
import PeopleList from '../PeopleList';
import { useAction } from '../../hooks/useAction';
import './index.css';

interface AttendanceProps {
  booking: CheckinBookingView;
  /** The booking as saved after staff changed who came. */
  onChange: (booking: CheckinBookingView) => void;
}

/**
 * The people of a booking for staff. Once a group is checked in, everyone is ticked as present; staff
 * untick those who did not come (they count as no-shows) and save.
 */
export default function Attendance({ booking, onChange }: AttendanceProps) {
  const present = booking.attendees.filter((a) => a.present).map((a) => a.id);
  const [ticked, setTicked] = useState(present);
  const save = useAction('checkin.attendance', { success: '已更新到场人员' });
  const group = booking.status === 'checked_in' && booking.attendees.length > 1;
  const changed = ticked.length !== present.length || ticked.some((id) => !present.includes(id));

  // A fresh answer from the server (a new scan, a refreshed roster) replaces the ticks.
  const presentKey = present.join();
  useEffect(() => setTicked(presentKey ? presentKey.split(',') : []), [presentKey]);

  const toggle = (id: string) => setTicked((t) => (t.includes(id) ? t.filter((x) => x !== id) : [...t, id]));

  const submit = async () => {
    const saved = await save.run({ bookingId: booking.id, attendeeIds: ticked });
    if (saved) onChange(saved);
  };

  if (!group) return <PeopleList people={booking.attendees} />;
  return (
    <View>
      <PeopleList people={booking.attendees} ticked={ticked} onToggle={toggle} />
      <View className="attendance__foot">
        <Text className="attendance__note">
          到场 {ticked.length} / {booking.attendees.length} 人，未勾选的记为未到场
        </Text>
        <Button
          size="small"
          type="primary"
          data-testid={`attendance-${booking.id}`}
          disabled={!changed || !ticked.length}
          loading={save.busy}
          onClick={submit}
        >
          更新到场人员
        </Button>
      </View>
    </View>
  );
}
