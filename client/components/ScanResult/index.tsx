import { Text, View } from '@tarojs/components';
import SuccessF from '@nutui/icons-react-taro/dist/es/icons/SuccessF';
import WarningF from '@nutui/icons-react-taro/dist/es/icons/WarningF';
import { ROLE_LABELS } from '@shared/contract/roles';
import type { CheckinBookingView, CheckinView } from '@shared/contract/types';
import Attendance from '../Attendance';
import { CallError } from '../../services/callError';
import { errorMessage } from '../../services/errorPolicy';
import { checkedInBy, clockTime, dateOfIso, longDate, slotWhen, today } from '../../utils/format';
import './index.css';

/** What a scan gave: the check-in, or the server's refusal. */
export type ScanOutcome = { ok: true; checkin: CheckinView } | { ok: false; error: unknown };

type Details = Record<string, unknown>;

interface Refusal {
  title: string;
  /** Orange: the visitor can put it right (refresh, wait) or it is done already; red: no entry. */
  tone: 'warn' | 'fail';
  /** The main line, from the refusal's details; the server's message when absent. */
  message?: (details: Details) => string | undefined;
  /** What staff can tell the visitor. */
  hint?: (details: Details) => string | undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

/** `09:00` today, `12月2日 周三 09:00` another day. */
function when(iso: string): string {
  const date = dateOfIso(iso);
  return date === today() ? clockTime(iso) : `${longDate(date)} ${clockTime(iso)}`;
}

const REFUSALS: Record<string, Refusal> = {
  TOKEN_INVALID: { title: '无效入场码', tone: 'fail', hint: () => '请观众打开预约详情，出示页面上的入场码' },
  TOKEN_EXPIRED: { title: '入场码已过期（请观众刷新）', tone: 'warn', hint: () => '入场码每30秒更新，截图无效' },
  NOT_IN_CHECKIN_WINDOW: {
    title: '不在核验时间内',
    tone: 'warn',
    hint: (d) => {
      const [opensAt, closesAt] = [text(d.opensAt), text(d.closesAt)];
      return opensAt && closesAt && `${when(opensAt)} 起可核验，${clockTime(closesAt)} 截止`;
    },
  },
  ALREADY_CHECKED_IN: {
    title: '已核验过',
    tone: 'warn',
    message: (d) => {
      const at = text(d.at);
      return at && checkedInBy(at, text(d.by) ?? ROLE_LABELS.staff);
    },
    hint: () => '同一预约只能核验一次，请勿重复放行',
  },
  INVALID_STATE: { title: '预约不可入场', tone: 'fail' },
  FORBIDDEN: { title: '非本场馆预约', tone: 'fail', hint: () => '另一场馆的预约，请引导观众前往对应场馆' },
};

const FAILED: Refusal = { title: '核验失败', tone: 'fail' };

function Refused({ error }: { error: unknown }) {
  const refusal = (error instanceof CallError && REFUSALS[error.code]) || FAILED;
  const details = (error instanceof CallError && error.details) || {};
  const hint = refusal.hint?.(details);
  return (
    <View className={`scan-result scan-result--${refusal.tone}`} data-testid="scan-result">
      <View className="scan-result__head">
        <WarningF size={28} color="#ffffff" />
        <Text className="scan-result__title">{refusal.title}</Text>
      </View>
      <View className="scan-result__body">
        <Text className="scan-result__message">{refusal.message?.(details) ?? errorMessage(error)}</Text>
        {hint && <Text className="scan-result__hint">{hint}</Text>}
      </View>
    </View>
  );
}

interface PassedProps {
  checkin: CheckinView;
  onChange: (booking: CheckinBookingView) => void;
}

/** Where the gate sends them (seats) and what it must see (a student ticket's 学生证). */
function GateNotes({ attendees }: { attendees: CheckinBookingView['attendees'] }) {
  const seats = attendees.flatMap((a) => (a.seat ? [a.seat] : []));
  const proofs = attendees.flatMap((a) => (a.proof ? [`${a.name}（${a.ticket}票）：请查验${a.proof}`] : []));
  return (
    <View>
      {seats.length > 0 && (
        <Text className="scan-result__seats" data-testid="scan-seats">
          请前往 {seats.join('、')}
        </Text>
      )}
      {proofs.map((p) => (
        <Text key={p} className="card__line">
          {p}
        </Text>
      ))}
    </View>
  );
}

function Passed({ checkin, onChange }: PassedProps) {
  const { booking } = checkin;
  return (
    <View className="scan-result scan-result--ok" data-testid="scan-result">
      <View className="scan-result__head">
        <SuccessF size={28} color="#ffffff" />
        <Text className="scan-result__title">核验通过</Text>
        <Text className="scan-result__at">{clockTime(checkin.checkedInAt)}</Text>
      </View>
      <View className="scan-result__body">
        <Text className="scan-result__resource">{booking.resourceName}</Text>
        <Text className="card__line">{slotWhen(booking.start, booking.end)}</Text>
        <Text className="card__line">{[booking.venueName, booking.location].filter(Boolean).join(' · ')}</Text>
        <Text className="scan-result__check">请核对证件（{booking.attendees.length}人）</Text>
        <GateNotes attendees={booking.attendees} />
        <Attendance booking={booking} onChange={onChange} />
      </View>
    </View>
  );
}

interface ScanResultProps {
  outcome: ScanOutcome;
  /** Staff changed who of the group came. */
  onChange: (booking: CheckinBookingView) => void;
}

/** The answer to a scan, big and coloured for staff at the gate: green to let in, orange or red with why not. */
export default function ScanResult({ outcome, onChange }: ScanResultProps) {
  return outcome.ok ? <Passed checkin={outcome.checkin} onChange={onChange} /> : <Refused error={outcome.error} />;
}
