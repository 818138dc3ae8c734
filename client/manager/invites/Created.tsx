import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InviteCreatedView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import QrCode from '../../components/QrCode';
import { dateTime } from '../../utils/format';
import { StatusTag, inviteText } from './labels';

const copy = (data: string) => Taro.setClipboardData({ data });

/** The invitation just made: its QR code, link and code, shown this once. */
export default function Created({ invite, onAnother }: { invite: InviteCreatedView; onAnother: () => void }) {
  return (
    <Card title="邀请已创建" extra={<StatusTag status={invite.status} />} testId="invite-created">
      <Text className="card__line">{inviteText(invite)}</Text>
      <View className="invites__qr">
        <QrCode value={invite.path} size={200} />
      </View>
      <Text className="invites__note">
        请对方在小程序「我的 → 工作人员邀请」中扫描二维码，或把链接、邀请码发给对方粘贴。
      </Text>
      <View className="invites__copy-row">
        <View className="invites__copy-main">
          <Text className="invites__copy-label">链接</Text>
          <Text className="invites__copy-value" data-testid="invite-path" userSelect>
            {invite.path}
          </Text>
        </View>
        <Button size="small" fill="outline" type="primary" onClick={() => copy(invite.path)}>
          复制链接
        </Button>
      </View>
      <View className="invites__copy-row">
        <View className="invites__copy-main">
          <Text className="invites__copy-label">邀请码</Text>
          <Text className="invites__copy-value" data-testid="invite-code" userSelect>
            {invite.code}
          </Text>
        </View>
        <Button size="small" fill="outline" type="primary" onClick={() => copy(invite.code)}>
          复制邀请码
        </Button>
      </View>
      <Text className="invites__note invites__note--warn" data-testid="invite-expiry">
        有效期至 {dateTime(invite.expiresAt)}，仅可使用一次。二维码和邀请码只在此显示一次，离开本页后无法再查看。
      </Text>
      <View className="card__foot">
        <Text className="card__line">需要邀请更多人？</Text>
        <Button size="small" type="primary" onClick={onAnother}>
          再建一份
        </Button>
      </View>
    </Card>
  );
}
