import { View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import type { VenueView } from '@shared/contract';
import ChipTabs from '../ChipTabs';

/** Venues as chips, the first selected; renders what belongs to the selected one. */
export default function VenueTabs({
  venues,
  children,
}: {
  venues: VenueView[];
  children: (venue: VenueView) => ReactNode;
}) {
  const [selected, setSelected] = useState(venues[0].id);
  const venue = venues.find((v) => v.id === selected) ?? venues[0];
  return (
    <View>
      <ChipTabs items={venues.map((v) => ({ value: v.id, label: v.name }))} value={venue.id} onChange={setSelected} />
      {children(venue)}
    </View>
  );
}
