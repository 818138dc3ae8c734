import { View } from '@tarojs/components';
import type { Dispatch } from 'react';
import { MAX_SEAT_SECTIONS } from '@shared/rules/seats';
import Button from '../../ui/button';
import Input from '../../ui/input';
import ChipTabs from '../../components/ChipTabs';
import Field from '../../components/Field';
import { errorAt } from '../../hooks/useForm';
import type { Draft, DraftAction } from './draft';
import './SectionBar.css';

interface SectionBarProps {
  draft: Draft;
  dispatch: Dispatch<DraftAction>;
  /** Asks before the shown section is removed (its seats go with it). */
  onRemove: () => void;
}

const at = (s: number) => `seatMap.sections.${s}`;

/**
 * 区域 (一楼, 二楼) as tabs, one marked when something in it needs correcting; the shown one's name, and
 * adding and removing sections.
 */
export default function SectionBar({ draft, dispatch, onRemove }: SectionBarProps) {
  const { sections, active, errors } = draft;
  const section = sections[active];
  const own = (p: string) => errors[`${at(active)}.${p}`];
  return (
    <View className="section-bar">
      <ChipTabs
        items={sections.map((s, i) => ({
          value: String(i),
          label: `${s.name.trim() || '未命名'}${errorAt(errors, at(i)) ? '（待修改）' : ''}`,
        }))}
        value={String(active)}
        onChange={(v) => dispatch({ type: 'showSection', at: Number(v) })}
      />
      <View className="section-bar__form">
        <Field label="区域名称" error={own('name') ?? own('id') ?? own('rows')}>
          <Input
            value={section.name}
            placeholder="如：一楼"
            maxLength={10}
            onChange={(name) => dispatch({ type: 'renameSection', name })}
          />
        </Field>
        <View className="section-bar__actions">
          {sections.length < MAX_SEAT_SECTIONS && (
            <Button size="small" fill="outline" type="primary" onClick={() => dispatch({ type: 'addSection' })}>
              添加区域
            </Button>
          )}
          {sections.length > 1 && (
            <Button size="small" fill="outline" type="danger" onClick={onRemove}>
              删除此区域
            </Button>
          )}
        </View>
      </View>
    </View>
  );
}
