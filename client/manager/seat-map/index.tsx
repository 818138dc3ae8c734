import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import type { ResourceView } from '@shared/contract/types';
import type { SeatMap } from '@shared/rules/seats';
import Button from '../../ui/button';
import ConfirmDialog from '../../components/ConfirmDialog';
import FooterBar from '../../components/FooterBar';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { useAction } from '../../hooks/useAction';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { goBack } from '../../services/navigate';
import { toastFail } from '../../services/toast';
import type { FieldErrors } from '../../utils/fieldErrors';
import { loadResource } from '../load';
import BrushBar from './BrushBar';
import { editDraft } from './draft';
import { checkSave, seatMapOf } from './save';
import SeatGrid from './SeatGrid';
import SectionBar from './SectionBar';
import { draftOf } from './start';
import Summary from './Summary';
import { summaryOf } from './counts';
import ZoneList from './ZoneList';
import './index.css';

/** How to draw; with several zones, whose wheelchair space 轮椅位 paints. */
const hint = (zones: number) =>
  `点格子涂上所选画笔，点排号整排涂上（适合过道）${zones > 1 ? '；轮椅位属于最近选的票价区' : ''}。第1排靠近舞台。`;

function SeatMapEditor({ loaded, saved }: { loaded: ResourceView; saved: SeatMap | null }) {
  const [draft, dispatch] = useReducer(editDraft, undefined, () => draftOf(loaded, saved));
  // What the zones are compared with and the upsert sends: the resource as loaded (again, after a stale
  // refusal reloaded the page), then as the upsert answered.
  const [resource, setResource] = useState(loaded);
  useEffect(() => setResource(loaded), [loaded]);
  const [hasMap, setHasMap] = useState(saved !== null);
  const [asking, setAsking] = useState<'section' | 'map' | null>(null);

  const showErrors = useCallback((errors: FieldErrors) => dispatch({ type: 'showErrors', errors }), []);
  const upserting = useAction('admin.resource.upsert', { onFields: showErrors });
  const saving = useAction('admin.seatmap.save', {
    success: (r) => `已保存，可售${r.seats ?? 0}座`,
    onFields: showErrors,
  });
  const removing = useAction('admin.seatmap.save', { success: '已删除座位图' });

  const summary = useMemo(() => summaryOf(seatMapOf(draft)), [draft]);
  const pricing = resource.policy.pricing;
  const section = draft.sections[draft.active];

  const save = async () => {
    const check = checkSave(resource, draft);
    if (!check.ok) {
      showErrors(check.errors);
      // A toast, unlike the forms: what is wrong may be in another section's tab or below the fold.
      toastFail('座位图有需要修改的地方，请按提示修改');
      return;
    }
    showErrors({});
    // The zones first: the map's save checks that every zone it names is one of the resource's. A zone
    // removed here thus leaves the prices a moment before the saved map stops naming it: a seat of it
    // bought in that moment is refused (unknown_price_zone), never priced by a guess.
    if (check.upsert) {
      const upserted = await upserting.run(check.upsert);
      if (!upserted) return;
      setResource(upserted);
    }
    if (await saving.run({ resourceId: resource.id, seatMap: check.map })) setHasMap(true);
  };

  const removeMap = async () => {
    if (await removing.run({ resourceId: resource.id, seatMap: null })) goBack(800);
  };

  return (
    <View className="seat-map">
      <InfoCard title={resource.name} rows={[['地点', resource.location]]} />
      <SectionBar draft={draft} dispatch={dispatch} onRemove={() => setAsking('section')} />
      <Text className="section-title">画笔</Text>
      <BrushBar zones={draft.zones} brush={draft.brush} dispatch={dispatch} />
      <Text className="seat-map__hint">{hint(draft.zones.length)}</Text>
      <SeatGrid section={section} at={draft.active} errors={draft.errors} dispatch={dispatch} />
      {pricing && (
        <>
          <Text className="section-title">票价区</Text>
          <ZoneList draft={draft} ticketTypes={pricing.ticketTypes} dispatch={dispatch} />
          <Text className="seat-map__hint">票价以元填写，留空按该票种的基本票价。</Text>
        </>
      )}
      <Text className="section-title">座位统计</Text>
      <Summary summary={summary} zones={draft.zones} errors={draft.errors} zoneList={Boolean(pricing)} />
      <FooterBar>
        <View className="seat-map__footer">
          {hasMap && (
            <Button
              className="seat-map__button"
              type="danger"
              fill="outline"
              size="large"
              loading={removing.busy}
              onClick={() => setAsking('map')}
            >
              删除座位图
            </Button>
          )}
          <Button
            className="seat-map__button"
            type="primary"
            size="large"
            loading={upserting.busy || saving.busy}
            onClick={save}
          >
            保存座位图
          </Button>
        </View>
      </FooterBar>
      <ConfirmDialog
        visible={asking === 'section'}
        title="删除区域"
        content={`删除「${section.name.trim() || '未命名'}」和其中的座位？保存后生效。`}
        confirmText="删除区域"
        onConfirm={async () => dispatch({ type: 'removeSection' })}
        onClose={() => setAsking(null)}
      />
      <ConfirmDialog
        visible={asking === 'map'}
        title="删除座位图"
        content="删除后，此后新建的场次按人数售票、不再选座；已售出的座位不受影响。"
        confirmText="删除座位图"
        onConfirm={removeMap}
        onClose={() => setAsking(null)}
      />
    </View>
  );
}

function SeatMapPage() {
  const { resourceId } = usePageParams('manager/seat-map/index');
  const loaded = useRemote(async () => {
    const [resource, { seatMap }] = await Promise.all([
      loadResource(resourceId),
      call('admin.seatmap.get', { resourceId }),
    ]);
    return { resource, seatMap };
  }, [resourceId]);
  return (
    <RemoteView state={loaded.state} onRetry={loaded.reload}>
      {({ resource, seatMap }) => <SeatMapEditor loaded={resource} saved={seatMap} />}
    </RemoteView>
  );
}

export default definePage(SeatMapPage, { withFooter: true });
