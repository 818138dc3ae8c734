import Taro, { useRouter } from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import {
  complaintCreateInput,
  parseInput,
  type BookingView,
  type ComplaintCategory,
  type TemplateKind,
} from '@shared/contract';
import type { FieldError } from '@shared/errors';
import Button from '../../ui/button';
import Input from '../../ui/input';
import CategoryPicker from '../../components/CategoryPicker';
import Field from '../../components/Field';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import Page from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import SignInGate from '../../components/SignInGate';
import { BookingStatusTag } from '../../components/StatusTag';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { useRemote } from '../../hooks/useRemote';
import { CallError } from '../../services/callError';
import { call } from '../../services/cloud';
import { toastError, toastFail, toastSuccess } from '../../services/toast';
import { loadTemplates } from '../../services/subscribe';
import { useAskFirst } from '../../services/subscribe.hook';
import { dateTime, slotWhen } from '../../utils/format';
import PhotoPicker, { uploadedIds, uploading, type Photo } from '../components/PhotoPicker';
import './index.css';

const MAX_CONTENT = 1000;
const MAX_EXPECTED = 500;
const MAX_PHOTOS = 3;
/** The messages a complaint sends: received, then replied. */
const COMPLAINT_KINDS: TemplateKind[] = ['complaint_progress'];

interface Form {
  category: ComplaintCategory | '';
  content: string;
  expected: string;
  contact: string;
}

type Errors = Partial<Record<keyof Form | 'photos', string>>;

/** The first message per field, by its top-level name (`photos.1` → `photos`; the server's paths start with `data.`). */
function toErrors(fields: FieldError[]): Errors {
  const errors: Errors = {};
  for (const f of fields) {
    const key = f.path.replace(/^data\./, '').split('.')[0] as keyof Errors;
    errors[key] ??= f.message;
  }
  return errors;
}

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
  const [form, setForm] = useState<Form>({ category: '', content: '', expected: '', contact: '' });
  const [photos, setPhotos] = useState<Photo[]>([]);
  const [errors, setErrors] = useState<Errors>({});
  // Filed: the page is about to open the complaint; another tap must not file it twice.
  const [filed, setFiled] = useState(false);
  const create = useThrowingAction('complaint.create');
  const { asking, askFirst } = useAskFirst();
  // The template ids must be known before the tap that asks for them.
  useEffect(() => {
    loadTemplates();
  }, []);

  const set = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setErrors((e) => ({ ...e, [key]: undefined }));
  };

  const submit = async () => {
    if (filed || asking || create.busy) return;
    if (uploading(photos)) {
      toastFail('照片上传中，请稍候');
      return;
    }
    const ids = uploadedIds(photos);
    const parsed = parseInput(complaintCreateInput, {
      category: form.category || undefined,
      content: form.content,
      ...(bookingId ? { bookingId } : {}),
      ...(form.expected.trim() ? { expected: form.expected } : {}),
      ...(form.contact.trim() ? { contact: form.contact } : {}),
      ...(ids.length ? { photos: ids } : {}),
    });
    if (!parsed.ok) {
      const found = toErrors(parsed.fields);
      setErrors(form.category ? found : { ...found, category: '请选择投诉类别' });
      return;
    }
    try {
      await askFirst(COMPLAINT_KINDS);
      const complaint = await create.run(parsed.data);
      setFiled(true);
      toastSuccess('投诉已提交');
      setTimeout(() => Taro.redirectTo({ url: `/complaint/detail/index?id=${complaint.id}` }), 800);
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <View>
      <View className="complaint-form">
        <Field label="投诉类别" error={errors.category}>
          <CategoryPicker
            className="complaint-form__options"
            value={form.category}
            onChange={(c) => set('category', c)}
          />
        </Field>
        <Field label="投诉内容" error={errors.content}>
          <View className="complaint-form__box">
            <Textarea
              className="complaint-form__textarea"
              value={form.content}
              placeholder="请描述遇到的问题：时间、地点、经过"
              maxlength={MAX_CONTENT}
              onInput={(e) => set('content', e.detail.value)}
            />
          </View>
          <Text className="complaint-form__count">
            {form.content.length}/{MAX_CONTENT}
          </Text>
        </Field>
        <Field label="期望处理" error={errors.expected}>
          <View className="complaint-form__box">
            <Textarea
              className="complaint-form__textarea complaint-form__textarea--short"
              value={form.expected}
              placeholder="希望如何解决（选填）"
              maxlength={MAX_EXPECTED}
              onInput={(e) => set('expected', e.detail.value)}
            />
          </View>
        </Field>
        <Field label="联系方式" error={errors.contact}>
          <Input
            value={form.contact}
            placeholder="手机号或其他联系方式（选填）"
            maxLength={50}
            onChange={(v) => set('contact', v)}
          />
        </Field>
        <Field label="照片" error={errors.photos}>
          <PhotoPicker photos={photos} onChange={setPhotos} max={MAX_PHOTOS} />
        </Field>
      </View>
      <Text className="complaint-form__hint">
        提交后客服中心将尽快受理并转交相关部门处理，处理进度和答复可在“我的投诉”中查看。联系方式仅用于处理本次投诉。
      </Text>
      <FooterBar>
        <Button
          type="primary"
          block
          size="large"
          data-testid="complaint-submit"
          loading={create.busy || asking}
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
  const { bookingId } = useRouter().params;
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

export default function FileComplaintPage() {
  return (
    <Page withFooter>
      <SignInGate>
        <FileComplaint />
      </SignInGate>
    </Page>
  );
}
