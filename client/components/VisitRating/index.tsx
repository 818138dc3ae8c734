import { Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import StarF from '@nutui/icons-react-taro/dist/es/icons/StarF';
import { feedbackCreateInput, parseInput, type FeedbackView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../Card';
import { useThrowingAction } from '../../hooks/useThrowingAction';
import { CallError } from '../../services/callError';
import { toastError, toastSuccess } from '../../services/toast';
import { toFieldErrors, type FieldErrors } from '../../utils/fieldErrors';
import './index.css';

const ASPECTS = [
  { key: 'experience', label: '体验感受' },
  { key: 'exhibitCondition', label: '展品状况' },
  { key: 'service', label: '服务质量' },
] as const;

type Aspect = (typeof ASPECTS)[number]['key'];
type Scores = Record<Aspect, number>;

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
  const [scores, setScores] = useState<Scores>({ experience: 0, exhibitCondition: 0, service: 0 });
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const create = useThrowingAction('feedback.create');

  const rate = (aspect: Aspect, score: number) => {
    setScores((s) => ({ ...s, [aspect]: score }));
    setErrors((e) => ({ ...e, [aspect]: undefined }));
  };

  const submit = async () => {
    const parsed = parseInput(feedbackCreateInput, { bookingId, ...scores, comment: comment.trim() || undefined });
    if (!parsed.ok) {
      setErrors(toFieldErrors(parsed.fields));
      return;
    }
    try {
      onRated(await create.run(parsed.data));
      toastSuccess('感谢您的评价');
    } catch (e) {
      if (e instanceof CallError && e.code === 'INVALID_INPUT' && e.fields.length) setErrors(toFieldErrors(e.fields));
      toastError(e);
    }
  };

  return (
    <Card title="评价本次参观" testId="visit-rating">
      <Text className="rating__intro">您的评价将帮助场馆改进展品和服务</Text>
      {ASPECTS.map((a) => (
        <View key={a.key}>
          <View className="rating__row">
            <Text className="rating__label">{a.label}</Text>
            <Stars aspect={a.key} value={scores[a.key]} onChange={(n) => rate(a.key, n)} />
          </View>
          {errors[a.key] && <Text className="rating__error">{errors[a.key]}</Text>}
        </View>
      ))}
      <View className="rating__box">
        <Textarea
          className="rating__textarea"
          value={comment}
          placeholder="说说您的参观感受（选填）"
          maxlength={500}
          onInput={(e) => setComment(e.detail.value)}
        />
      </View>
      {errors.comment && <Text className="rating__error">{errors.comment}</Text>}
      <Button type="primary" block loading={create.busy} data-testid="submit-feedback" onClick={submit}>
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
