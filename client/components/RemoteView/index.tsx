import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import List from '@nutui/icons-react-taro/dist/es/icons/List';
import NetworkError from '@nutui/icons-react-taro/dist/es/icons/NetworkError';
import Button from '../../ui/button';
import Empty from '../../ui/empty';
import Skeleton from '../../ui/skeleton';
import type { Remote } from '../../hooks/useRemote';
import { errorMessage } from '../../services/errorPolicy';
import './index.css';

interface RemoteViewProps<T> {
  state: Remote<T>;
  onRetry: () => void;
  /** When set and `isEmpty(data)`, shows this text instead of the content. */
  empty?: string;
  isEmpty?: (data: T) => boolean;
  /** Shown under the empty text, e.g. a button to add the first item. */
  emptyAction?: ReactNode;
  children: (data: T) => ReactNode;
}

const isEmptyList = (data: unknown) => Array.isArray(data) && data.length === 0;

/** The loading, error (with retry), empty and loaded states of remote data. */
export default function RemoteView<T>({
  state,
  onRetry,
  empty,
  isEmpty = isEmptyList,
  emptyAction,
  children,
}: RemoteViewProps<T>) {
  if (state.status === 'loading') {
    return (
      <View className="remote-view__loading" data-testid="loading">
        <Skeleton rows={3} animated />
      </View>
    );
  }
  if (state.status === 'error') {
    return (
      <View className="remote-view__state" data-testid="error">
        <Empty
          image={<NetworkError size={48} color="#c9cdd4" />}
          title="加载失败"
          description={errorMessage(state.error)}
        />
        <Button type="primary" fill="outline" size="small" onClick={onRetry}>
          重新加载
        </Button>
      </View>
    );
  }
  if (empty && isEmpty(state.data)) {
    return (
      <View className="remote-view__state" data-testid="empty">
        <Empty image={<List size={48} color="#c9cdd4" />} title={empty} />
        {emptyAction}
      </View>
    );
  }
  return <>{children(state.data)}</>;
}
