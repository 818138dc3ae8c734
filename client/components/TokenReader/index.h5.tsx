// H5 (desks with a USB scanner, tests): the token is pasted or typed by the scanner, which ends with Enter.
import { View } from '@tarojs/components';
import { useState } from 'react';
import Button from '../../ui/button';
import Input from '../../ui/input';
import type { TokenReaderProps } from '.';
import './index.css';

export default function TokenReader({ busy, onToken, what = '入场码', verb = '核验' }: TokenReaderProps) {
  const [text, setText] = useState('');

  const submit = () => {
    const token = text.trim();
    if (!token) return;
    // Ready for the next code.
    setText('');
    onToken(token);
  };

  return (
    <View className="token-reader">
      <View className="token-reader__box">
        <Input
          value={text}
          placeholder={`粘贴或扫入${what}`}
          maxLength={1000}
          data-testid="scan-token-input"
          onChange={setText}
          onConfirm={submit}
        />
      </View>
      <Button type="primary" size="large" loading={busy} data-testid="scan-submit" onClick={submit}>
        {verb}
      </Button>
    </View>
  );
}
