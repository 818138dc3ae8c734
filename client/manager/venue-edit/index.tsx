import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { loadVenueToEdit } from '../load';
import VenueForm from './VenueForm';
import './index.css';

function Editor() {
  const { venueId } = usePageParams('manager/venue-edit/index');
  const editing = useRemote(() => loadVenueToEdit(venueId), [venueId]);
  useEffect(() => {
    if (!venueId) Taro.setNavigationBarTitle({ title: '新增场馆' });
  }, [venueId]);
  return (
    <RemoteView state={editing.state} onRetry={editing.reload}>
      {(e) => <VenueForm {...e} />}
    </RemoteView>
  );
}

export default definePage(Editor, { withFooter: true });
