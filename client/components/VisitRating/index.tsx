import { Text, Textarea, View } from '@tarojs/components';
import StarF from '@nutui/icons-react-taro/dist/es/icons/StarF';
import { feedbackCreateInput } from '@shared/contract/checkin';
import type { FeedbackView } from '@shared/contract/types';
import Button from '../../ui/button';
import Card from '../Card';
import { useForm } from '../../hooks/useForm';
import './index.css';

type Aspect = 'experience' | 'exhibitCondition' | 'service';

const ASPECTS: Aspect[] = ['experience', 'exhibitCondition', 'service'];

/** What is rated: a visit (exhibits, an event), or the use of a room or an item booked by the hour. */
type Rated = 'visit' | 'use';

/**
 * The words of each: the same three scores (feedback.create's), read for what was booked: the experience,
 * the condition of what was seen or used (exhibitCondition: the exhibits, or the room and its equipment),
 * and the service.
 */
const WORDING: Record<Rated, { title: string; intro: string; placeholder: string; labels: Record<Aspect, string> }> = {
  visit: {
    title: '评价本次参观',
    intro: '您的评价将帮助场馆改进展品和服务',
    placeholder: '说说您的参观感受（选填）',
    labels: { experience: '体验感受', exhibitCondition: '展品状况', service: '服务质量' },
  },
  use: {
    title: '评价本次使用',
    intro: '您的评价将帮助场馆改进场地设施和服务',
    placeholder: '说说您的使用感受（选填）',
    labels: { experience: '使用体验', exhibitCondition: '设施状况', service: '服务质量' },
  },
};

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

function Given({ feedback, rated }: { feedback: FeedbackView; rated: Rated }) {
  return (
    <Card title="我的评价" testId="visit-rating">
      {ASPECTS.map((a) => (
        <View key={a} className="rating__row">
          <Text className="rating__label">{WORDING[rated].labels[a]}</Text>
          <Stars aspect={a} value={feedback[a]} />
        </View>
      ))}
      {feedback.comment && <Text className="rating__comment">{feedback.comment}</Text>}
    </Card>
  );
}

interface RatingFormProps {
  bookingId: string;
  rated: Rated;
  onRated: (feedback: FeedbackView) => void;
}

function RatingForm({ bookingId, rated, onRated }: RatingFormProps) {
  const form = useForm('feedback.create', {
    initial: { experience: 0, exhibitCondition: 0, service: 0, comment: '' },
    toInput: ({ comment, ...scores }) => ({ bookingId, ...scores, comment: comment.trim() || undefined }),
    schema: feedbackCreateInput,
    success: '感谢您的评价',
    onDone: onRated,
  });
  const { values, set } = form;
  const words = WORDING[rated];

  return (
    <Card title={words.title} testId="visit-rating">
      <Text className="rating__intro">{words.intro}</Text>
      {ASPECTS.map((a) => (
        <View key={a}>
          <View className="rating__row">
            <Text className="rating__label">{words.labels[a]}</Text>
            <Stars aspect={a} value={values[a]} onChange={(n) => set(a, n)} />
          </View>
          {form.error(a) && <Text className="rating__error">{form.error(a)}</Text>}
        </View>
      ))}
      <View className="rating__box">
        <Textarea
          className="rating__textarea"
          value={values.comment}
          placeholder={words.placeholder}
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
  /** The booking is of a resource booked by the hour (a room, an item): its use is rated, not a visit. */
  byTheHour?: boolean;
  onRated: (feedback: FeedbackView) => void;
}

/**
 * After the visit or the use: the visitor rates the experience, the condition of the exhibits (of the room
 * or item used) and the service once; then the rating is shown.
 */
export default function VisitRating({ bookingId, feedback, byTheHour = false, onRated }: VisitRatingProps) {
  const rated: Rated = byTheHour ? 'use' : 'visit';
  return feedback ? (
    <Given feedback={feedback} rated={rated} />
  ) : (
    <RatingForm bookingId={bookingId} rated={rated} onRated={onRated} />
  );
}
