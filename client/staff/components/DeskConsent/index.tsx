import { Text, View } from '@tarojs/components';
import Checkbox from '../../../ui/checkbox';
import { navigate } from '../../../services/navigate';
import './index.css';

/** The form that holds the consent (methods, so the page's wider form fits). */
interface ConsentForm {
  values: { consent: boolean };
  set(key: 'consent', value: boolean): void;
  error(path: 'consent'): string | undefined;
}

/**
 * The consent staff take at the desk for the personal data they record (代客预约, 客户预约): ticked on
 * the phone, never sent; the function records the privacy notice's version with the booking.
 */
export default function DeskConsent({
  form,
  who,
  testId,
}: {
  form: ConsentForm;
  /** Whom staff told: 对方 (a walk-in), 客户 (a customer). */
  who: string;
  /** Of the error under it. */
  testId: string;
}) {
  const error = form.error('consent');
  return (
    <View>
      <View className="desk-consent">
        <Checkbox
          checked={form.values.consent}
          onChange={(v) => form.set('consent', v)}
          label={`已向${who}说明个人信息保护说明，并征得其同意`}
        />
      </View>
      <Text className="desk-consent__link" onClick={() => navigate('profile/privacy/index')}>
        查看《个人信息保护说明》
      </Text>
      {error && (
        <Text className="desk-consent__error" data-testid={testId}>
          {error}
        </Text>
      )}
    </View>
  );
}
