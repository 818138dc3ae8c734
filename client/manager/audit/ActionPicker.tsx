import { Picker, Text, View, type BaseEventOrig } from '@tarojs/components';
import { AUDIT_ACTION_LABELS, AUDITED_ACTIONS, type AuditedAction } from '@shared/contract/auditLabels';

const RANGE = ['全部操作', ...AUDITED_ACTIONS.map((a) => AUDIT_ACTION_LABELS[a])];

/** One audited action to show (undefined: all), picked from their labels. */
export default function ActionPicker({
  value,
  onChange,
}: {
  value?: AuditedAction;
  onChange: (action: AuditedAction | undefined) => void;
}) {
  const index = value ? AUDITED_ACTIONS.indexOf(value) + 1 : 0;
  return (
    <Picker
      mode="selector"
      range={RANGE}
      value={index}
      onChange={(e: BaseEventOrig<{ value: string | number }>) => {
        const picked = Number(e.detail.value);
        onChange(picked > 0 ? AUDITED_ACTIONS[picked - 1] : undefined);
      }}
    >
      <View className="audit__picker" data-testid="filter-action">
        <Text>{RANGE[index]}</Text>
        <Text className="audit__caret">▼</Text>
      </View>
    </Picker>
  );
}
