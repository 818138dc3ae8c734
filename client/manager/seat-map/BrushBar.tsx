import { Text, View } from '@tarojs/components';
import type { Dispatch } from 'react';
import { brushCell, cellClass, type Brush } from './cells';
import type { DraftAction } from './draft';
import { zoneName, type ZoneRow } from './zones';
import './cells.css';
import './BrushBar.css';

interface BrushBarProps {
  zones: ZoneRow[];
  brush: Brush;
  dispatch: Dispatch<DraftAction>;
}

/**
 * 画笔: a seat of each price zone, a wheelchair space (of the zone chosen last), a seat not for sale, an
 * aisle; each shows the colour it paints.
 */
export default function BrushBar({ zones, brush, dispatch }: BrushBarProps) {
  const { zone } = brush;
  const brushes: { label: string; brush: Brush }[] = [
    ...zones.map((_, at) => ({ label: zoneName(zones, at), brush: { kind: 'seat' as const, zone: at } })),
    {
      label: zones.length > 1 ? `轮椅位·${zoneName(zones, zone)}` : '轮椅位',
      brush: { kind: 'wheelchair', zone },
    },
    { label: '不可售', brush: { kind: 'blocked', zone } },
    { label: '过道', brush: { kind: 'aisle', zone } },
  ];
  const chosen = (b: Brush) => b.kind === brush.kind && (b.kind !== 'seat' || b.zone === zone);
  return (
    <View className="brush-bar">
      {brushes.map((b) => (
        <View
          key={b.brush.kind === 'seat' ? `seat-${b.brush.zone}` : b.brush.kind}
          className={`brush-bar__item${chosen(b.brush) ? ' brush-bar__item--chosen' : ''}`}
          onClick={() => dispatch({ type: 'chooseBrush', brush: b.brush })}
        >
          <View className={cellClass(brushCell(b.brush))} />
          <Text className="brush-bar__label">{b.label}</Text>
        </View>
      ))}
    </View>
  );
}
