import { Text, View } from '@tarojs/components';
import Warning from '@nutui/icons-react-taro/dist/es/icons/Warning';
import { useRemote } from '../../hooks/useRemote';
import { useSignedIn } from '../../hooks/useSignedIn';
import { call } from '../../services/cloud';
import { blockedText } from '../../utils/format';
import './index.css';

function Banner() {
  const me = useRemote(() => call('user.me', {}), [], { reloadOnShow: true });
  const blockedUntil = me.state.status === 'ok' ? me.state.data.credit.blockedUntil : null;
  if (!blockedUntil) return null;
  return (
    <View className="block-banner" data-testid="block-banner">
      <Warning size={16} color="#d4380d" />
      <Text className="block-banner__text">{blockedText(blockedUntil)}</Text>
    </View>
  );
}

/** Tells a signed-in visitor that booking is suspended (too many no-shows); nothing otherwise. */
export default function BlockBanner() {
  return useSignedIn() ? <Banner /> : null;
}
