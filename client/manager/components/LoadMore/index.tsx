import { Text, View } from '@tarojs/components';
import Button from '../../../ui/button';
import './index.css';

/** The foot of a paged list: 加载更多 while there is a next page, then 没有更多了. */
export default function LoadMore({ next, busy, onMore }: { next?: string; busy: boolean; onMore: () => void }) {
  return (
    <View className="load-more">
      {next ? (
        <Button size="small" fill="outline" type="primary" loading={busy} data-testid="load-more" onClick={onMore}>
          加载更多
        </Button>
      ) : (
        <Text className="load-more__end">没有更多了</Text>
      )}
    </View>
  );
}
