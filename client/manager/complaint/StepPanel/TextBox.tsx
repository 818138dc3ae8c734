import { Text, Textarea, View } from '@tarojs/components';
import './index.css';

interface TextBoxProps {
  value: string;
  placeholder: string;
  maxLength: number;
  error?: string;
  testId?: string;
  onChange: (value: string) => void;
}

/** A multi-line text with its error under it. */
export default function TextBox({ value, placeholder, maxLength, error, testId, onChange }: TextBoxProps) {
  return (
    <View>
      <View className={`step-panel__box${error ? ' step-panel__box--error' : ''}`}>
        <Textarea
          className="step-panel__textarea"
          value={value}
          placeholder={placeholder}
          maxlength={maxLength}
          data-testid={testId}
          onInput={(e) => onChange(e.detail.value)}
        />
      </View>
      {error && (
        <Text className="step-panel__error" data-testid="step-error">
          {error}
        </Text>
      )}
    </View>
  );
}
