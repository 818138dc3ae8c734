import { Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../components/Card';

interface EntryProps {
  title: string;
  /** What the page is for, under its title. */
  line: string;
  testId: string;
  extra?: ReactNode;
  onClick: () => void;
}

/** One entry of the manager home: a card that opens its page. */
export default function Entry({ title, line, testId, extra, onClick }: EntryProps) {
  return (
    <Card title={title} extra={extra} testId={testId} onClick={onClick}>
      <Text className="card__line">{line}</Text>
    </Card>
  );
}
