import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { IntervalDayView } from '@shared/contract';
import type { Policy } from '@shared/rules/policy';
import { MINUTE_MS, parseIso } from '@shared/time';
import Button from '../../ui/button';
import DateStrip from '../DateStrip';
import FooterBar from '../FooterBar';
import IntervalDay, { rangeText, type CellRange } from '../IntervalDay';
import IntervalOffers, { type IntervalOffersProps } from '../IntervalOffers';
import RemoteView from '../RemoteView';
import SignInGate from '../SignInGate';
import type { Remote } from '../../hooks/useRemote';
import { toastFail } from '../../services/toast';
import { duration } from '../../utils/format';
import { closedDays } from './days';
import './index.css';

/** Whether every cell of `range` can still be taken on `day` (a reload may show one taken meanwhile). */
const stillFree = (day: IntervalDayView, range: CellRange) =>
  day.cells
    .filter((c) => parseIso(c.start) >= parseIso(range.start) && parseIso(c.end) <= parseIso(range.end))
    .every((c) => c.bookable && c.free > 0 && !c.mine);

/** The bar at the bottom: what is chosen, and the button that sends it. */
interface IntervalSubmit {
  label: string;
  testId: string;
  busy: boolean;
  /** Beyond nothing chosen or the day not loaded (e.g. the booking's own time, or done). */
  disabled?: boolean;
  /** What the bar says (default: the range, or 请选择时间), and whether it reads as nothing chosen yet. */
  summary?: { text: string; none: boolean };
  /** A range that passed the checks on the phone (the shortest use, still free on the day shown). */
  onSubmit: (range: CellRange) => void;
}

interface IntervalBookingProps {
  /** The days of the strip and the chosen one. */
  dates: string[];
  date: string;
  onDate: (date: string) => void;
  /** The resource's policy: the days it is closed are greyed on the strip. */
  policy: Policy;
  /** Above the grid (default 选择时间). */
  gridTitle?: string;
  /** resource.day's answer (its loading and error views), and the day it draws, null while not the chosen one. */
  state: Remote<unknown>;
  onRetry: () => void;
  day: IntervalDayView | null;
  range: CellRange | null;
  onRange: (range: CellRange | null) => void;
  /** The function's refusal of the range itself (off the grid, too short or long, outside the hours). */
  rangeError?: string;
  /** Below the grid asks for sign-in first (anyone may look at the days). */
  signIn?: boolean;
  /** The page's form, between the grid and the offers. */
  children?: ReactNode;
  /** After a taken range: what is offered instead (nothing when empty or absent). */
  offers?: Omit<IntervalOffersProps, 'date'> | null;
  submit: IntervalSubmit;
}

/**
 * A range booked by the hour, made or moved: the strip of days (closed ones greyed), the chosen day's grid,
 * the page's form, the offers after a refusal, and the bar that sends the range once it is long enough and
 * still free.
 */
export default function IntervalBooking(props: IntervalBookingProps) {
  const { date, day, range, submit, offers } = props;
  const summary = submit.summary ?? { text: range ? rangeText(range) : '请选择时间', none: !range };

  const send = () => {
    if (!range || !day) return;
    const minutes = (parseIso(range.end) - parseIso(range.start)) / MINUTE_MS;
    if (minutes < day.minMinutes) return toastFail(`每次至少预约${duration(day.minMinutes)}`);
    if (!stillFree(day, range)) return toastFail('所选时间已被预约，请重新选择');
    submit.onSubmit(range);
  };

  const below = (
    <>
      {props.children}
      {offers && offers.offers.length > 0 && <IntervalOffers {...offers} date={date} />}
      <View className="interval-booking__spacer" />
      <FooterBar>
        <View className="interval-booking__footer">
          <Text className={`interval-booking__range${summary.none ? ' interval-booking__range--none' : ''}`}>
            {summary.text}
          </Text>
          <Button
            type="primary"
            size="large"
            loading={submit.busy}
            disabled={!range || !day || submit.disabled}
            data-testid={submit.testId}
            onClick={send}
          >
            {submit.label}
          </Button>
        </View>
      </FooterBar>
    </>
  );

  return (
    <View>
      <Text className="section-title">选择日期</Text>
      <DateStrip
        dates={props.dates}
        value={date}
        onChange={props.onDate}
        closed={closedDays(props.dates, props.policy)}
      />
      <Text className="section-title">{props.gridTitle ?? '选择时间'}</Text>
      <RemoteView state={props.state} onRetry={props.onRetry}>
        {() =>
          day && <IntervalDay key={`${day.resourceId}@${day.date}`} day={day} value={range} onChange={props.onRange} />
        }
      </RemoteView>
      {props.rangeError && <Text className="interval-booking__error">{props.rangeError}</Text>}
      {props.signIn ? <SignInGate>{below}</SignInGate> : below}
    </View>
  );
}
