import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { checkinFindInput } from '@shared/contract/checkin';
import { parseInput } from '@shared/contract/zh';
import type { CheckinBookingView } from '@shared/contract/types';
import type { ParsedInput } from '@shared/contract';
import Button from '../../ui/button';
import Input from '../../ui/input';
import ChipTabs from '../../components/ChipTabs';
import DateStrip from '../../components/DateStrip';
import Field from '../../components/Field';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { today } from '../../utils/format';
import CheckinCard from '../components/CheckinCard';
import { staffDays } from '../days';
import './index.css';

type Query = ParsedInput<'checkin.find'>;
type By = 'phone' | 'idLast4';

const BY: Record<By, { label: string; placeholder: string; maxLength: number }> = {
  phone: { label: '手机号', placeholder: '预约时填写的11位手机号', maxLength: 11 },
  idLast4: { label: '证件后4位', placeholder: '证件号码最后4位', maxLength: 4 },
};

const BY_TABS = (Object.keys(BY) as By[]).map((value) => ({ value, label: BY[value].label }));

function Results({ query }: { query: Query }) {
  const found = useRemote(() => call('checkin.find', query), []);
  const replace = (changed: CheckinBookingView) => {
    if (found.state.status === 'ok') found.setData(found.state.data.map((b) => (b.id === changed.id ? changed : b)));
  };
  return (
    <RemoteView state={found.state} onRetry={found.reload} empty="当天没有找到相关预约">
      {(list) => (
        <View>
          <Text className="section-title">找到 {list.length} 单预约</Text>
          {list.map((b) => (
            <CheckinCard key={b.id} booking={b} onChange={replace} />
          ))}
        </View>
      )}
    </RemoteView>
  );
}

function Find() {
  const [dates] = useState(staffDays);
  const [date, setDate] = useState(today);
  const [by, setBy] = useState<By>('phone');
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  // A new search each time (same query too): the results remount and load again.
  const [search, setSearch] = useState<{ query: Query; seq: number } | null>(null);

  const find = (on: string) => {
    const parsed = parseInput(checkinFindInput, { date: on, [by]: text });
    if (!parsed.ok) {
      setError(parsed.fields[0].message);
      return;
    }
    setSearch((s) => ({ query: parsed.data, seq: (s?.seq ?? 0) + 1 }));
  };

  const pickDate = (d: string) => {
    setDate(d);
    if (search) find(d);
  };

  const pickBy = (value: string) => {
    setBy(value as By);
    setText('');
    setError(undefined);
  };

  return (
    <View>
      <DateStrip dates={dates} value={date} onChange={pickDate} />
      <Text className="section-title">查找方式</Text>
      <ChipTabs items={BY_TABS} value={by} onChange={pickBy} />
      <View className="find__form">
        <Field label={BY[by].label} error={error}>
          <Input
            type={by === 'phone' ? 'number' : 'text'}
            value={text}
            placeholder={BY[by].placeholder}
            maxLength={BY[by].maxLength}
            data-testid="find-input"
            onChange={(v) => {
              setText(v);
              setError(undefined);
            }}
            onConfirm={() => find(date)}
          />
        </Field>
      </View>
      <Button className="find__submit" type="primary" block data-testid="find-submit" onClick={() => find(date)}>
        查找
      </Button>
      {search && <Results key={search.seq} query={search.query} />}
    </View>
  );
}

export default definePage(Find);
