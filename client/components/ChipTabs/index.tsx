import { ScrollView, Text } from '@tarojs/components';
import './index.css';

interface ChipTabsProps {
  items: { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
}

/** A horizontally scrolling segmented choice. */
export default function ChipTabs({ items, value, onChange }: ChipTabsProps) {
  return (
    <ScrollView scrollX className="chip-tabs" enhanced showScrollbar={false}>
      {items.map((item) => (
        <Text
          key={item.value}
          className={`chip-tabs__item${item.value === value ? ' chip-tabs__item--active' : ''}`}
          data-testid={`chip-${item.value}`}
          onClick={() => onChange(item.value)}
        >
          {item.label}
        </Text>
      ))}
    </ScrollView>
  );
}
