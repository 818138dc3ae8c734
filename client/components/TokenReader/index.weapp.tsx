// weapp: staff scan the visitor's entry code with the phone's camera.
import Taro from '@tarojs/taro';
import Scan from '@nutui/icons-react-taro/dist/es/icons/Scan';
import Button from '../../ui/button';
import { toastFail } from '../../services/toast';
import type { TokenReaderProps } from '.';
import './index.css';

/** Closing the camera without a code is no failure. */
const cancelled = (e: unknown) => /cancel/.test((e as { errMsg?: string })?.errMsg ?? '');

export default function TokenReader({ busy, onToken, verb = '核验' }: TokenReaderProps) {
  const scan = async () => {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      onToken(result);
    } catch (e) {
      if (!cancelled(e)) toastFail('无法打开相机，请检查相机权限');
    }
  };
  return (
    <Button
      className="token-reader__scan"
      type="primary"
      block
      size="xlarge"
      icon={<Scan size={24} color="#ffffff" />}
      loading={busy}
      data-testid="scan-camera"
      onClick={scan}
    >
      扫码{verb}
    </Button>
  );
}
