import { Text, View } from '@tarojs/components';
import type { Dispatch } from 'react';
import { yuanAmount } from '@shared/rules/money';
import type { TicketType } from '@shared/rules/policy';
import Button from '../../ui/button';
import Input from '../../ui/input';
import { errorAt } from '../../hooks/useForm';
import { toastFail } from '../../services/toast';
import type { FieldErrors } from '../../utils/fieldErrors';
import { MAX_ZONES, cellClass, seatCell } from './cells';
import { whyKeepZone, type Draft, type DraftAction } from './draft';
import type { ZoneRow } from './zones';
import './cells.css';
import './ZoneList.css';

interface ZoneListProps {
  draft: Draft;
  ticketTypes: TicketType[];
  dispatch: Dispatch<DraftAction>;
}

/** Where the function reports a zone's errors: in the prices (the upsert) or in the map's zone list. */
const zoneError = (errors: FieldErrors, at: number) =>
  errorAt(errors, `policy.pricing.zones.${at}`) ?? errorAt(errors, `seatMap.zones.${at}`);

/**
 * 票价区: each zone's name and its price per ticket type in yuan (empty: the type's base price, which the
 * placeholder shows); a zone is added here and removed once no seat on the map is of it.
 */
export default function ZoneList({ draft, ticketTypes, dispatch }: ZoneListProps) {
  const { zones, errors } = draft;
  const edit = (at: number, patch: Partial<Omit<ZoneRow, 'id'>>) => dispatch({ type: 'editZone', at, patch });
  const remove = (at: number) => {
    const why = whyKeepZone(draft, at);
    if (why) toastFail(why);
    else dispatch({ type: 'removeZone', at });
  };
  return (
    <View className="zone-list">
      {zones.map((zone, at) => {
        const error = zoneError(errors, at);
        return (
          <View key={zone.id} className="zone-list__row">
            <View className="zone-list__head">
              <View className={cellClass(seatCell(at))} />
              <Input
                className="zone-list__name"
                value={zone.name}
                placeholder="票价区名称，如 池座"
                maxLength={20}
                onChange={(name) => edit(at, { name })}
              />
              <Button size="small" fill="none" onClick={() => remove(at)}>
                删除
              </Button>
            </View>
            {ticketTypes.map((type) => (
              <View key={type.id} className="zone-list__price">
                <Text className="zone-list__type">{type.name}</Text>
                <Input
                  className="zone-list__amount"
                  type="digit"
                  value={zone.prices[type.id] ?? ''}
                  placeholder={`基本价 ${yuanAmount(type.priceFen)}`}
                  maxLength={9}
                  onChange={(text) => edit(at, { prices: { ...zone.prices, [type.id]: text } })}
                />
                <Text className="zone-list__unit">元</Text>
              </View>
            ))}
            {error && <Text className="zone-list__error">{error}</Text>}
          </View>
        );
      })}
      {zones.length < MAX_ZONES && (
        <View className="zone-list__add">
          <Button size="small" fill="outline" type="primary" onClick={() => dispatch({ type: 'addZone' })}>
            添加票价区
          </Button>
        </View>
      )}
    </View>
  );
}
