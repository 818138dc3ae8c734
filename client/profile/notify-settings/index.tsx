// 我的 → 通知设置: the subscribe messages the visitor can still receive, per kind, and a tap to allow one more.
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { TemplateView } from '@shared/contract';
import Button from '../../ui/button';
import Card from '../../components/Card';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useRemote } from '../../hooks/useRemote';
import { toastFail, toastSuccess } from '../../services/toast';
import { askToSubscribe, refreshTemplates } from '../../services/subscribe';
import './index.css';

interface TemplateCardProps {
  template: TemplateView;
  adding: boolean;
  onAdd: (template: TemplateView) => void;
}

function TemplateCard({ template, adding, onAdd }: TemplateCardProps) {
  const { kind, label, fields, credits } = template;
  return (
    <Card
      title={label}
      testId={`notify-${kind}`}
      extra={
        <Text
          className={`notify__credits${credits ? '' : ' notify__credits--none'}`}
          data-testid={`notify-credits-${kind}`}
        >
          可接收 {credits} 次
        </Text>
      }
    >
      <Text className="card__line">通知内容：{fields.map((f) => f.label).join('、')}</Text>
      <View className="card__foot">
        <Text className="notify__hint">{credits ? '用完后需再次添加' : '暂不会收到此类通知'}</Text>
        <Button
          size="small"
          type="primary"
          fill="outline"
          loading={adding}
          data-testid={`notify-add-${kind}`}
          onClick={() => onAdd(template)}
        >
          添加
        </Button>
      </View>
    </Card>
  );
}

function NotifySettings() {
  const templates = useRemote(refreshTemplates, [], { reloadOnShow: true });
  const [adding, setAdding] = useState<string | null>(null);

  const add = async (template: TemplateView) => {
    if (adding) return;
    // In the tap itself, before any await: WeChat shows the popup only there.
    const asked = askToSubscribe([template.kind]);
    setAdding(template.kind);
    const outcome = await asked;
    setAdding(null);
    if (outcome?.templates) templates.setData(outcome.templates);
    else templates.refresh();
    const result = outcome?.results[template.templateId];
    if (result === 'accept') toastSuccess('已添加');
    else if (result) toastFail('未允许接收此通知');
    else toastFail('暂时无法添加，请稍后重试');
  };

  return (
    <View>
      <Text className="notify__intro">
        在微信弹窗中每点一次“允许”，可接收一条该类通知；预约、候补、抽签和投诉时也会询问。
      </Text>
      <RemoteView state={templates.state} onRetry={templates.reload} empty="暂无可接收的通知">
        {(list) => list.map((t) => <TemplateCard key={t.kind} template={t} adding={adding === t.kind} onAdd={add} />)}
      </RemoteView>
    </View>
  );
}

export default definePage(NotifySettings);
