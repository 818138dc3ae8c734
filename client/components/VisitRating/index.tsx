import { Text, Textarea, View } from '@tarojs/components';
import StarF from '@nutui/icons-react-taro/dist/es/icons/StarF';
import { feedbackCreateInput, type FeedbackView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../Card';
import { useForm } from '../../hooks/useForm';
import './index.css';

const ASPECTS = [
  { key: 'experience', label: '体验感受' },
  { key: 'exhibitCondition', label: '展品状况' },
  { key: 'service', label: '服务质量' },
] as const;

type Aspect = (typeof ASPECTS)[number]['key'];

const SCALE = [1, 2, 3, 4, 5];

interface StarsProps {
  aspect: Aspect;
  value: number;
  /** Without it the stars only show the score. */
  onChange?: (score: number) => void;
}

function Stars({ aspect, value, onChange }: StarsProps) {
  return (
    <View className="rating__stars">
      {SCALE.map((n) => (
        <View
          key={n}
          className="rating__star"
          data-testid={onChange ? `rate-${aspect}-${n}` : undefined}
          onClick={onChange && (() => onChange(n))}
        >
          <StarF size={onChange ? 26 : 18} color={n <= value ? '#faad14' : '#e5e6eb'} />
        </View>
      ))}
    </View>
  );
}

function Rated({ feedback }: { feedback: FeedbackView }) {
  return (
    <Card title="我的评价" testId="visit-rating">
      {ASPECTS.map((a) => (
        <View key={a.key} className="rating__row">
          <Text className="rating__label">{a.label}</Text>
          <Stars aspect={a.key} value={feedback[a.key]} />
        </View>
      ))}
      {feedback.comment && <Text className="rating__comment">{feedback.comment}</Text>}
    </Card>
  );
}

function RatingForm({ bookingId, onRated }: { bookingId: string; onRated: (feedback: FeedbackView) => void }) {
  const form = useForm('feedback.create', {
    initial: { experience: 0, exhibitCondition: 0, service: 0, comment: '' },
    toInput: ({ comment, ...scores }) => ({ bookingId, ...scores, comment: comment.trim() || undefined }),
    schema: feedbackCreateInput,
    success: '感谢您的评价',
    onDone: onRated,
  });
  const { values, set } = form;

  return (
    <Card title="评价本次参观" testId="visit-rating">
      <Text className="rating__intro">您的评价将帮助场馆改进展品和服务</Text>
      {ASPECTS.map((a) => (
        <View key={a.key}>
          <View className="rating__row">
            <Text className="rating__label">{a.label}</Text>
            <Stars aspect={a.key} value={values[a.key]} onChange={(n) => set(a.key, n)} />
          </View>
          {form.error(a.key) && <Text className="rating__error">{form.error(a.key)}</Text>}
        </View>
      ))}
      <View className="rating__box">
        <Textarea
          className="rating__textarea"
          value={values.comment}
          placeholder="说说您的参观感受（选填）"
          maxlength={500}
          onInput={(e) => set('comment', e.detail.value)}
        />
      </View>
      {form.error('comment') && <Text className="rating__error">{form.error('comment')}</Text>}
      <Button type="primary" block loading={form.busy} data-testid="submit-feedback" onClick={form.submit}>
        提交评价
      </Button>
    </Card>
  );
}

interface VisitRatingProps {
  bookingId: string;
  /** The visitor's rating once given: shown read-only. */
  feedback?: FeedbackView;
  onRated: (feedback: FeedbackView) => void;
}

/** After the visit: the visitor rates experience, exhibit condition and service once; then the rating is shown. */
export default function VisitRating({ bookingId, feedback, onRated }: VisitRatingProps) {
  return feedback ? <Rated feedback={feedback} /> : <RatingForm bookingId={bookingId} onRated={onRated} />;
}
