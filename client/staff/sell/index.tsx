import { useState } from 'react';
import type { BookingView } from '@shared/contract';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { referenceOf } from './form';
import { loadSaleTarget, loadSoldResources, type SaleTarget } from './load';
import SaleFormView from './SaleForm';
import SaleResult, { isSale } from './SaleResult';
import SlotChooser from '../components/SlotChooser';
import './index.css';

/** The ticket window: a session, then the tickets and the money, then the sale with its QR code and 退票. */

const SELL_TEXTS = {
  title: '售票项目',
  choose: '售票',
  empty: '该场馆暂无售票项目',
  noAccess: '仅现场服务人员可窗口售票，如需开通请联系领导小组授权。',
  prefix: 'sell',
};

function Window({ initial }: { initial: SaleTarget | null }) {
  const [target, setTarget] = useState(initial);
  const [sold, setSold] = useState<{ sale: BookingView; reference?: string } | null>(null);

  if (!target)
    return (
      <SlotChooser
        load={loadSoldResources}
        onChoose={(slot, resource) => setTarget({ slot, resource })}
        texts={SELL_TEXTS}
      />
    );
  if (sold && isSale(sold.sale))
    return (
      <SaleResult
        sale={sold.sale}
        reference={sold.reference}
        onChange={(sale) => setSold({ ...sold, sale })}
        onNext={() => setSold(null)}
      />
    );
  return (
    <SaleFormView
      target={target}
      onChangeSlot={() => setTarget(null)}
      onSold={(sale, values) => setSold({ sale, reference: referenceOf(values) })}
    />
  );
}

function SellPage() {
  const { slotId } = usePageParams('staff/sell/index');
  // Opened for a session (from the roster): that session; else the staff member chooses one.
  const given = useRemote(() => (slotId ? loadSaleTarget(slotId) : Promise.resolve(null)), [slotId]);
  return (
    <RemoteView state={given.state} onRetry={given.reload}>
      {(target) => <Window initial={target} />}
    </RemoteView>
  );
}

export default definePage(SellPage, { withFooter: true });
