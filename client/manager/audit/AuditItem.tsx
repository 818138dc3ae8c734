import { Text, View } from '@tarojs/components';
import type { AuditEntryView, PersonRef } from '@shared/contract';
import { auditActionLabel } from '@shared/contract/auditLabels';
import Card from '../../components/Card';
import { dateTime } from '../../utils/format';
import { detailLine } from './detail';

/** A record's id as a person compares it: its first eight characters (ids are long hashes). */
const shortId = (id: string) => (id.length > 12 ? `${id.slice(0, 8)}…` : id);

interface AuditItemProps {
  entry: AuditEntryView;
  /** The venue's name, when the entry belongs to one. */
  venueName?: string;
  /** A tap on who acted: show only their entries. */
  onActor: (actor: PersonRef) => void;
}

/** One entry of the trail: what was done, when, by whom, to what. */
export default function AuditItem({ entry, venueName, onActor }: AuditItemProps) {
  const detail = detailLine(entry.detail);
  return (
    <Card
      title={auditActionLabel(entry.action)}
      extra={<Text className="audit__time">{dateTime(entry.at)}</Text>}
      testId={`audit-${entry.id}`}
    >
      <View className="audit__actor" data-testid={`audit-actor-${entry.id}`} onClick={() => onActor(entry.actor)}>
        <Text className="audit__name">{entry.actor.name}</Text>
        <Text className="audit__id">{entry.actor.idMasked}</Text>
      </View>
      {venueName && <Text className="card__line">场馆：{venueName}</Text>}
      {entry.target && <Text className="card__line">记录编号：{shortId(entry.target)}</Text>}
      {detail && <Text className="audit__detail">{detail}</Text>}
    </Card>
  );
}
