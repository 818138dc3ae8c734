import { Text, View } from '@tarojs/components';
import Checkbox from '../../../ui/checkbox';
import { navigate } from '../../../services/navigate';
import './index.css';

/**
 * The consent staff take at the desk for the personal data they record (代客预约, 客户预约): ticked on
 * the phone, never sent; the function records the privacy notice's version with the booking.
 */
export default function DeskConsent(props: {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Whom staff told: 对方 (a walk-in), 客户 (a customer). */
  who: string;
  error?: string;
  testId: string;
}) {
  return (
    <View>
      <View className="desk-consent">
        <Checkbox
          checked={props.checked}
          onChange={props.onChange}
          label={`已向${props.who}说明个人信息保护说明，并征得其同意`}
        />
      </View>
      <Text className="desk-consent__link" onClick={() => navigate('profile/privacy/index')}>
        查看《个人信息保护说明》
      </Text>
      {props.error && (
        <Text className="desk-consent__error" data-testid={props.testId}>
          {props.error}
        </Text>
      )}
    </View>
  );
}
