import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { VenueView } from '@shared/contract';
import RemoteView from '../../../components/RemoteView';
import { useRemote } from '../../../hooks/useRemote';
import { loadManagedVenues } from '../../load';
import './index.css';

/**
 * A manager page over the venues the caller manages: those venues to its children, or 无权限 with who
 * may open it (`who`: 仅场馆管理员和领导小组可查看操作日志。).
 */
export default function ManagedVenues({
  who,
  testId,
  children,
}: {
  who: string;
  testId: string;
  children: (venues: VenueView[]) => ReactNode;
}) {
  const venues = useRemote(loadManagedVenues, []);
  return (
    <RemoteView
      state={venues.state}
      onRetry={venues.reload}
      empty="无权限"
      emptyAction={
        <Text className="managed-venues__no-access" data-testid={testId}>
          {who}
        </Text>
      }
    >
      {children}
    </RemoteView>
  );
}
