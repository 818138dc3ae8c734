import Taro from '@tarojs/taro';
import { ScrollView, Text, View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import ChipTabs from '../../components/ChipTabs';
import { DEFAULT_ZOOM, ZOOMS, chosenByRow, middleScroll, type SectionLayout } from './layout';
import type { SeatIndex } from './selection';
import SeatLine from './SeatLine';

interface SeatCanvasProps {
  sections: SectionLayout[];
  section: SectionLayout;
  onSection: (sectionId: string) => void;
  seats: SeatIndex;
  taken: ReadonlySet<string>;
  selected: readonly string[];
  onTap: (seatId: string) => void;
}

/** The design's width in px, and the map's view in it (the page's padding is 12 px each side). */
const DESIGN_WIDTH = 375;
const VIEW_WIDTH = DESIGN_WIDTH - 2 * 12;

/**
 * The map of one section (the others behind tabs): 舞台 at the top, then its rows, scrolling both ways and
 * opened at the middle. The zoom changes one style on the map (the seats' sizes as CSS variables), so no
 * seat draws again.
 */
export default function SeatCanvas({ sections, section, onSection, seats, taken, selected, onTap }: SeatCanvasProps) {
  const [zoom, setZoom] = useState(DEFAULT_ZOOM);
  const chosen = useMemo(() => chosenByRow(selected, seats), [selected, seats]);
  const scale = useMemo(() => Taro.getWindowInfo().windowWidth / DESIGN_WIDTH, []);
  const { seat, gap } = ZOOMS[zoom];
  return (
    <View className="seat-canvas">
      <View className="seat-canvas__bar">
        {sections.length > 1 ? (
          <ChipTabs
            items={sections.map((s) => ({ value: s.id, label: s.name }))}
            value={section.id}
            onChange={onSection}
          />
        ) : (
          <Text className="seat-canvas__section">{section.name}</Text>
        )}
        <View className="seat-zoom">
          <Text
            className={`seat-zoom__button${zoom === 0 ? ' seat-zoom__button--off' : ''}`}
            onClick={() => setZoom(Math.max(0, zoom - 1))}
          >
            −
          </Text>
          <Text
            className={`seat-zoom__button${zoom === ZOOMS.length - 1 ? ' seat-zoom__button--off' : ''}`}
            onClick={() => setZoom(Math.min(ZOOMS.length - 1, zoom + 1))}
          >
            +
          </Text>
        </View>
      </View>
      <ScrollView
        scrollX
        scrollY
        className="seat-canvas__scroll"
        scrollLeft={Math.round(middleScroll(section, zoom, VIEW_WIDTH) * scale)}
      >
        <View className="seat-map" style={`--seat-size:${Taro.pxTransform(seat)};--seat-gap:${Taro.pxTransform(gap)}`}>
          <View className="seat-map__stage">
            <Text>舞台</Text>
          </View>
          {section.rows.map((row) => (
            <SeatLine key={row.key} row={row} taken={taken} chosen={chosen.get(row.key) ?? ''} onTap={onTap} />
          ))}
        </View>
      </ScrollView>
    </View>
  );
}
