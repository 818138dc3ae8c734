import { Text, View } from '@tarojs/components';
import { COMPLAINT_STEP_LABELS, TIMELINE_ACTOR_LABELS, TIMELINE_LABELS } from '@shared/contract/complaint';
import type { TimelineEntryView } from '@shared/contract/types';
import { dateTime } from '../../utils/format';
import './index.css';

function who(e: TimelineEntryView): string {
  return e.actor === 'department' && e.departmentName ? e.departmentName : TIMELINE_ACTOR_LABELS[e.actor];
}

function what(e: TimelineEntryView): string {
  if (e.kind === 'escalated' && e.step) return `“${COMPLAINT_STEP_LABELS[e.step]}”超时，已上报领导小组`;
  if (e.kind === 'routed' && e.departmentName) return `转交${e.departmentName}处理`;
  return TIMELINE_LABELS[e.kind];
}

/** The complaint's history, newest last, as everyone allowed to see it reads it. */
export default function ComplaintTimeline({ entries }: { entries: TimelineEntryView[] }) {
  return (
    <View className="timeline" data-testid="complaint-timeline">
      {entries.map((e, i) => (
        <View
          key={`${e.at}-${i}`}
          className={`timeline__item${e.kind === 'escalated' ? ' timeline__item--alert' : ''}`}
        >
          <View className="timeline__dot" />
          <View className="timeline__body">
            <View className="timeline__head">
              <Text className="timeline__what">{what(e)}</Text>
              <Text className="timeline__when">{dateTime(e.at)}</Text>
            </View>
            <Text className="timeline__who">{who(e)}</Text>
            {e.text && <Text className="timeline__text">{e.text}</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
