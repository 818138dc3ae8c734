import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { complaintCreateInput, type ComplaintCategory } from '@shared/contract/complaint';
import { parseInput } from '@shared/contract/zh';
import type { BookingView } from '@shared/contract/types';
import type { TemplateKind } from '@shared/contract/notice';
import Button from '../../ui/button';
import Input from '../../ui/input';
import CategoryPicker, { chosenCategory } from '../../components/CategoryPicker';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { BookingStatusTag } from '../../components/StatusTag';
import { useForm } from '../../hooks/useForm';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { redirect } from '../../services/navigate';
import { loadTemplates } from '../../services/subscribe';
import { useAskFirst } from '../../services/subscribe.hook';
import { dateTime, slotWhen } from '../../utils/format';
import { stillUploading, uploadedIds, type Photo } from '../components/PhotoPicker';
import ReportForm, { PhotoField, TextBox } from '../components/ReportForm';
import './index.css';

const MAX_CONTENT = 1000;
const MAX_EXPECTED = 500;
/** The messages a complaint sends: received, then replied. */
const COMPLAINT_KINDS: TemplateKind[] = ['complaint_progress'];

interface Form {
  category: ComplaintCategory | undefined;
  content: string;
  expected: string;
  contact: string;
}

const EMPTY: Form = { category: undefined, content: '', expected: '', contact: '' };

/** The action's schema, with a plain request for the category when none is chosen. */
const fileFormSchema = complaintCreateInput.extend({ category: chosenCategory });

/** The visit the complaint is about, as the visitor knows it from their bookings. */
function VisitCard({ booking }: { booking: BookingView }) {
  return (
    <InfoCard
      title={booking.resourceName}
      extra={<BookingStatusTag status={booking.status} />}
      testId="complaint-visit"
      rows={[
        ['场馆', booking.venueName],
        ['时间', slotWhen(booking.start, booking.end)],
        ['入场', booking.checkedInAt ? `已入场 · ${dateTime(booking.checkedInAt)}` : undefined],
      ]}
    />
  );
}

function ComplaintForm({ bookingId }: { bookingId?: string }) {
  const [photos, setPhotos] = useState<Photo[]>([]);
  // Filed: the page is about to open the complaint; another tap must not file it twice.
  const [filed, setFiled] = useState(false);
  /** What complaint.create takes, before the schema checks it: blank optional texts left out. */
  const toInput = (v: Form) => {
    const ids = uploadedIds(photos);
    return {
      category: v.category,
      content: v.content,
      ...(bookingId ? { bookingId } : {}),
      ...(v.expected.trim() ? { expected: v.expected } : {}),
      ...(v.contact.trim() ? { contact: v.contact } : {}),
      ...(ids.length ? { photos: ids } : {}),
    };
  };
  const form = useForm('complaint.create', {
    initial: EMPTY,
    toInput,
    schema: fileFormSchema,
    success: '投诉已提交',
    onDone: (complaint) => {
      setFiled(true);
      setTimeout(() => redirect('complaint/detail/index', { complaintId: complaint.id }), 800);
    },
  });
  const { values, set, error } = form;
  const { asking, askFirst } = useAskFirst();
  // The template ids must be known before the tap that asks for them.
  useEffect(() => {
    loadTemplates();
  }, []);

  const submit = async () => {
    if (filed || asking || form.busy) return;
    if (stillUploading(photos)) return;
    // Asked only for a complaint that will be sent: the form is checked on the phone first.
    if (parseInput(fileFormSchema, toInput(values)).ok) await askFirst(COMPLAINT_KINDS);
    await form.submit();
  };

  return (
    <View>
      <ReportForm>
        <Field label="投诉类别" error={error('category')}>
          <CategoryPicker value={values.category} onChange={(c) => set('category', c)} />
        </Field>
        <Field label="投诉内容" error={error('content')}>
          <TextBox
            className="complaint-form__textarea"
            value={values.content}
            placeholder="请描述遇到的问题：时间、地点、经过"
            max={MAX_CONTENT}
            onChange={(v) => set('content', v)}
          />
        </Field>
        <Field label="期望处理" error={error('expected')}>
          <TextBox
            className="complaint-form__textarea complaint-form__textarea--short"
            value={values.expected}
            placeholder="希望如何解决（选填）"
            max={MAX_EXPECTED}
            onChange={(v) => set('expected', v)}
            counted={false}
          />
        </Field>
        <Field label="联系方式" error={error('contact')}>
          <Input
            value={values.contact}
            placeholder="手机号或其他联系方式（选填）"
            maxLength={50}
            onChange={(v) => set('contact', v)}
          />
        </Field>
        <PhotoField photos={photos} onChange={setPhotos} error={error('photos')} />
      </ReportForm>
      <Text className="complaint-form__hint">
        提交后客服中心将尽快受理并转交相关部门处理，处理进度和答复可在“我的投诉”中查看。联系方式仅用于处理本次投诉。
      </Text>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          data-testid="complaint-submit"
          loading={form.busy || asking}
          disabled={filed}
          onClick={submit}
        >
          提交投诉
        </Button>
      </FooterBar>
    </View>
  );
}

function FileComplaint() {
  const { bookingId } = usePageParams('complaint/file/index');
  if (!bookingId) return <ComplaintForm />;
  return <AboutBooking bookingId={bookingId} />;
}

function AboutBooking({ bookingId }: { bookingId: string }) {
  const booking = useRemote(() => call('booking.get', { bookingId }), [bookingId]);
  return (
    <RemoteView state={booking.state} onRetry={booking.reload}>
      {(b) => (
        <View>
          <Text className="section-title complaint-form__about">投诉的参观</Text>
          <VisitCard booking={b} />
          <ComplaintForm bookingId={b.id} />
        </View>
      )}
    </RemoteView>
  );
}

export default definePage(FileComplaint, { withFooter: true });
