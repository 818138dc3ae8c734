// H5 only (app.config.ts): the subscribe messages the function sent through the local cloud
// (GET /__dev/outbox), drawn as WeChat's 服务通知 shows them on a phone, newest first.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TemplateView } from '@shared/contract';
import { toIso } from '@shared/time';
import Button from '../../ui/button';
import ChipTabs from '../../components/ChipTabs';
import FooterBar from '../../components/FooterBar';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { networkError } from '../../services/callError';
import { demoUser } from '../../services/demoUser';
import { loadTemplates } from '../../services/subscribe';
import { dateTime } from '../../utils/format';
import './index.css';

/** One subscribeMessage.send call as the local cloud recorded it. */
interface SentMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: unknown }>;
  /** When it was sent (epoch ms, the local cloud's clock). */
  at: number;
}

interface Outbox {
  messages: SentMessage[];
  /** The templates by id, for their labels; empty when they could not be loaded (e.g. nobody signed in). */
  templates: Map<string, TemplateView>;
}

async function loadOutbox(): Promise<Outbox> {
  const [res, templates] = await Promise.all([fetch('/__dev/outbox').catch(() => null), loadTemplates()]);
  if (!res?.ok) throw networkError();
  const sent = (await res.json()) as SentMessage[];
  // Newest first; messages sent at the same instant keep the reverse of their sending order.
  const messages = sent
    .map((m, i) => ({ m, i }))
    .sort((a, b) => b.m.at - a.m.at || b.i - a.i)
    .map(({ m }) => m);
  return { messages, templates: new Map((templates ?? []).map((t) => [t.templateId, t])) };
}

/** The message's fields in the template's order with its labels; keys the template does not know follow as they are. */
function fieldsOf(message: SentMessage, template: TemplateView | undefined): [label: string, value: string][] {
  const known = template?.fields ?? [];
  const rest = Object.keys(message.data).filter((key) => !known.some((f) => f.key === key));
  return [
    ...known
      .filter((f) => f.key in message.data)
      .map((f) => [f.label, String(message.data[f.key].value)] as [string, string]),
    ...rest.map((key) => [key, String(message.data[key].value)] as [string, string]),
  ];
}

function Message({ message, template }: { message: SentMessage; template?: TemplateView }) {
  return (
    <View className="outbox__card" data-testid="outbox-message" data-template={template?.kind ?? message.templateId}>
      <View className="outbox__head">
        <Text className="outbox__app">场馆预约</Text>
        <Text className="outbox__time">{dateTime(toIso(message.at))}</Text>
      </View>
      <Text className="outbox__title">{template?.label ?? message.templateId}</Text>
      {fieldsOf(message, template).map(([label, value]) => (
        <View key={label} className="outbox__row">
          <Text className="outbox__label">{label}</Text>
          <Text className="outbox__value">{value}</Text>
        </View>
      ))}
      <View className="outbox__foot">
        <Text className="outbox__open">进入小程序查看</Text>
        <Text className="outbox__page">{message.page || '（首页）'}</Text>
      </View>
      <Text className="outbox__to">发送给 {message.touser}</Text>
    </View>
  );
}

const SCOPES = [
  { value: 'mine', label: '当前用户' },
  { value: 'all', label: '全部用户' },
];

function Outbox() {
  const outbox = useRemote(loadOutbox, [], { reloadOnShow: true });
  const user = demoUser.get();
  const [scope, setScope] = useState(user ? 'mine' : 'all');

  return (
    <>
      <View className="outbox__intro">
        <Text className="outbox__text">本地云发出的订阅消息，即用户在微信“服务通知”中收到的内容。</Text>
        {user && <ChipTabs items={SCOPES} value={scope} onChange={setScope} />}
      </View>
      <RemoteView state={outbox.state} onRetry={outbox.reload}>
        {({ messages, templates }) => {
          const shown = scope === 'mine' && user ? messages.filter((m) => m.touser === user) : messages;
          if (!shown.length) return <Text className="outbox__empty">还没有发出的订阅消息</Text>;
          return shown.map((m, i) => (
            <Message key={`${m.at}-${i}`} message={m} template={templates.get(m.templateId)} />
          ));
        }}
      </RemoteView>
      <FooterBar>
        <Button type="primary" block size="large" data-testid="outbox-refresh" onClick={outbox.reload}>
          刷新
        </Button>
      </FooterBar>
    </>
  );
}

export default definePage(Outbox, { withFooter: true, signIn: false });
