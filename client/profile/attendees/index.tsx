import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { AttendeeView, CreditView } from '@shared/contract';
import { ID_TYPE_LABELS } from '@shared/rules/idDocument';
import Button from '../../ui/button';
import ConfirmDialog from '../../components/ConfirmDialog';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { ToneTag } from '../../components/StatusTag';
import { useAction } from '../../hooks/useAction';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import { dateTime } from '../../utils/format';
import './index.css';

const addAttendee = () => navigate('profile/attendee-add/index');

/** An attendee's own record: no-shows counted per ID number, and a block while one runs. */
function Credit({ credit }: { credit: CreditView }) {
  if (credit.blockedUntil) {
    return (
      <View className="attendee__credit">
        <ToneTag tone="danger" label="暂停预约" />
        <Text className="attendee__blocked">
          至 {dateTime(credit.blockedUntil)} · 未到场 {credit.noShows} 次
        </Text>
      </View>
    );
  }
  return (
    <Text className={`attendee__line${credit.noShows ? ' attendee__line--warn' : ''}`}>未到场 {credit.noShows} 次</Text>
  );
}

function AttendeeList() {
  const attendees = useRemote(() => call('attendee.list', {}), [], { reloadOnShow: true });
  const remove = useAction('attendee.remove', { success: '已删除' });
  const [removing, setRemoving] = useState<AttendeeView | null>(null);

  const confirmRemove = async () => {
    if (!removing) return;
    if (await remove.run({ attendeeId: removing.id })) attendees.refresh();
  };

  return (
    <View>
      <RemoteView state={attendees.state} onRetry={attendees.reload} empty="还没有常用参观人">
        {(list) =>
          list.map((a) => (
            <View key={a.id} className="attendee" data-testid={`attendee-${a.id}`}>
              <View className="attendee__main">
                <Text className="attendee__name">{a.name}</Text>
                <Text className="attendee__line">
                  {ID_TYPE_LABELS[a.idType]} {a.idMasked}
                </Text>
                <Text className="attendee__line">手机 {a.phoneMasked}</Text>
                <Credit credit={a.credit} />
              </View>
              <Button size="small" fill="none" type="danger" onClick={() => setRemoving(a)}>
                删除
              </Button>
            </View>
          ))
        }
      </RemoteView>
      <Text className="attendees__hint">证件号码加密保存，仅以脱敏形式展示。</Text>
      <ConfirmDialog
        visible={removing !== null}
        title="删除参观人"
        content={removing ? `确定删除参观人「${removing.name}」吗？已有预约不受影响。` : ''}
        confirmText="确认删除"
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      />
    </View>
  );
}

function Attendees() {
  return (
    <View>
      <AttendeeList />
      <FooterBar>
        <Button type="primary" block size="large" onClick={addAttendee}>
          添加参观人
        </Button>
      </FooterBar>
    </View>
  );
}

export default definePage(Attendees, { withFooter: true });
