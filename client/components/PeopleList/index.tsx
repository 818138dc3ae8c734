import { Text, View } from '@tarojs/components';
import Checked from '@nutui/icons-react-taro/dist/es/icons/Checked';
import CheckNormal from '@nutui/icons-react-taro/dist/es/icons/CheckNormal';
import { maskName } from '@shared/rules/idDocument';
import './index.css';

interface Person {
  id: string;
  name: string;
  idMasked: string;
}

interface PeopleListProps {
  people: Person[];
  /** With it, each row is a tick box (the whole row toggles it: a big target at a busy gate). */
  ticked?: string[];
  onToggle?: (id: string) => void;
}

function Tick({ on }: { on: boolean }) {
  return (
    <View className="people-list__tick">
      {on ? <Checked size={20} color="#1677ff" /> : <CheckNormal size={20} color="#c9cdd4" />}
    </View>
  );
}

/** Attendees as others see them (a code shown at the gate, staff screens): masked name and masked ID. */
export default function PeopleList({ people, ticked, onToggle }: PeopleListProps) {
  return (
    <View className="people-list">
      {people.map((p) => (
        <View
          key={p.id}
          className="people-list__row"
          data-testid={`person-${p.id}`}
          onClick={onToggle && (() => onToggle(p.id))}
        >
          {ticked && <Tick on={ticked.includes(p.id)} />}
          <Text className="people-list__name">{maskName(p.name)}</Text>
          <Text className="people-list__id">{p.idMasked}</Text>
        </View>
      ))}
    </View>
  );
}
