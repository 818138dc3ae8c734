import type { BookingStatus } from '@shared/contract';
import { BOOKING_STATUS_LABELS } from '@shared/contract/booking';
import {
  APPLICATION_STATUS_LABELS,
  LOTTERY_STATUS_LABELS,
  type ApplicationStatus,
  type LotteryStatus,
} from '@shared/contract/lottery';
import { WAIT_STATUS_LABELS, type WaitStatus } from '@shared/contract/waitlist';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@shared/contract/complaint';
import type { SlotStatus } from '@shared/rules/policy';
import Tag from '../../ui/tag';

type Tone = 'success' | 'warning' | 'danger' | 'muted' | 'primary';

const TONES: Record<Tone, { background: string; color: string }> = {
  success: { background: '#e8f7ee', color: '#1a9a4b' },
  warning: { background: '#fff4e5', color: '#d46b08' },
  danger: { background: '#fdecec', color: '#d4380d' },
  muted: { background: '#f0f1f3', color: '#7a808a' },
  primary: { background: '#e8f1ff', color: '#1677ff' },
};

const SLOT: Record<SlotStatus, { label: string; tone: Tone }> = {
  open: { label: '可预约', tone: 'success' },
  not_open: { label: '未开放', tone: 'warning' },
  full: { label: '已约满', tone: 'muted' },
  closed: { label: '已截止', tone: 'muted' },
  cancelled: { label: '已取消', tone: 'danger' },
  ended: { label: '已结束', tone: 'muted' },
};

const BOOKING: Record<BookingStatus, Tone> = {
  pending_payment: 'warning',
  expired: 'muted',
  pending_approval: 'warning',
  confirmed: 'success',
  checked_in: 'primary',
  cancelled: 'muted',
  cancelled_by_venue: 'danger',
  rejected: 'danger',
  no_show: 'danger',
};

const WAIT: Record<WaitStatus, Tone> = {
  waiting: 'warning',
  promoting: 'primary',
  promoted: 'success',
  left: 'muted',
  cancelled_by_venue: 'danger',
  ineligible: 'muted',
};

const APPLICATION: Record<ApplicationStatus, Tone> = {
  applied: 'primary',
  won: 'success',
  lost: 'muted',
  confirmed: 'success',
  forfeited: 'danger',
  withdrawn: 'muted',
  cancelled_by_venue: 'danger',
};

const LOTTERY: Record<LotteryStatus, Tone> = {
  open: 'success',
  closed: 'warning',
  drawing: 'primary',
  drawn: 'muted',
  cancelled: 'danger',
};

const COMPLAINT: Record<ComplaintStatus, Tone> = {
  received: 'warning',
  routed: 'primary',
  proposed: 'primary',
  resolved: 'primary',
  replied: 'warning',
  reopened: 'danger',
  satisfied: 'success',
  no_answer: 'muted',
  followed_up: 'success',
  archived: 'muted',
};

/** A soft-coloured tag whose colour says what it means. */
export function ToneTag({ tone, label }: { tone: Tone; label: string }) {
  return (
    <Tag background={TONES[tone].background} color={TONES[tone].color} round>
      {label}
    </Tag>
  );
}

export function SlotStatusTag({ status }: { status: SlotStatus }) {
  return <ToneTag tone={SLOT[status].tone} label={SLOT[status].label} />;
}

export function BookingStatusTag({ status }: { status: BookingStatus }) {
  return <ToneTag tone={BOOKING[status]} label={BOOKING_STATUS_LABELS[status]} />;
}

export function WaitStatusTag({ status }: { status: WaitStatus }) {
  return <ToneTag tone={WAIT[status]} label={WAIT_STATUS_LABELS[status]} />;
}

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <ToneTag tone={APPLICATION[status]} label={APPLICATION_STATUS_LABELS[status]} />;
}

export function LotteryStatusTag({ status }: { status: LotteryStatus }) {
  return <ToneTag tone={LOTTERY[status]} label={LOTTERY_STATUS_LABELS[status]} />;
}

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  return <ToneTag tone={COMPLAINT[status]} label={COMPLAINT_STATUS_LABELS[status]} />;
}
