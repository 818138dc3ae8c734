import { Text, View } from '@tarojs/components';
import type { LotteryView } from '@shared/contract';
import Card from '../../components/Card';
import InfoCard from '../../components/InfoCard';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import { LotteryStatusTag } from '../../components/StatusTag';
import { usePageParams } from '../../hooks/usePageParams';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { dateTime, slotWhen } from '../../utils/format';
import HashValue from '../components/HashValue';
import { checkDraw, type DrawCheck, type PublishedEntry } from '@shared/rules/lottery';
import './index.css';

interface Verified {
  lottery: LotteryView & { seed: string };
  entries: PublishedEntry[];
  check: DrawCheck;
}

/** Every page of the frozen list. */
async function loadEntries(slotId: string): Promise<PublishedEntry[]> {
  const all: PublishedEntry[] = [];
  let after: string | undefined;
  do {
    const page = await call('lottery.entries', after === undefined ? { slotId } : { slotId, after });
    all.push(...page.entries);
    after = page.next;
  } while (after !== undefined);
  return all;
}

const people = (entries: PublishedEntry[]) => entries.reduce((n, e) => n + e.size, 0);

function CheckRow({ ok, title, detail, testId }: { ok: boolean; title: string; detail: string; testId: string }) {
  return (
    <View className={`verify__check${ok ? '' : ' verify__check--fail'}`} data-testid={testId}>
      <Text className="verify__mark">{ok ? '✓' : '✗'}</Text>
      <View className="verify__check-body">
        <Text className="verify__check-title">{title}</Text>
        <Text className="verify__check-detail">{detail}</Text>
      </View>
    </View>
  );
}

function Verification({ lottery, entries, check }: Verified) {
  const passed = check.commitment && check.list && check.winners;
  const won = entries.filter((e) => e.won);
  return (
    <View>
      <View className={`verify__result${passed ? '' : ' verify__result--fail'}`} data-testid="verify-result">
        <Text className="verify__result-title">{passed ? '验证通过' : '验证失败'}</Text>
        <Text className="verify__result-text">
          {passed
            ? '已在本机用公布的种子和报名名单重新抽签，结果与公布的一致。'
            : '在本机重新计算的结果与公布的不一致，见下方标 ✗ 的项。'}
        </Text>
      </View>
      <Card title="复核项">
        <CheckRow
          ok={check.commitment}
          title="种子与承诺一致"
          detail="公布的种子的 SHA-256 等于报名开始前公布的承诺"
          testId="verify-commitment"
        />
        <CheckRow
          ok={check.list}
          title="报名名单未被改动"
          detail={`${entries.length} 组报名的名单哈希等于报名截止时公布的名单哈希`}
          testId="verify-list"
        />
        <CheckRow
          ok={check.winners}
          title="中签结果可复现"
          detail={`按种子重新抽签得到 ${check.drawnWinners} 组中签，公布的中签为 ${won.length} 组`}
          testId="verify-winners"
        />
      </Card>
      <InfoCard
        title={lottery.resourceName}
        extra={<LotteryStatusTag status={lottery.status} />}
        rows={[
          ['时间', slotWhen(lottery.start, lottery.end)],
          ['开奖时间', lottery.drawnAt && dateTime(lottery.drawnAt)],
          ['名额', `${lottery.places}人`],
          ['报名', `${entries.length}组 · 共${people(entries)}人`],
          ['中签', `${won.length}组 · 共${people(won)}人`],
        ]}
      />
      <Card title="公布的数据">
        <HashValue label="种子" value={lottery.seed} testId="verify-seed" />
        <HashValue label="承诺值" value={lottery.commitment} />
        <HashValue label="名单哈希" value={lottery.listHash ?? '未公布'} />
        <Text className="verify__explain">计算全部在本机完成：可复制以上数据，按公开的抽签算法在任何设备上复核。</Text>
      </Card>
    </View>
  );
}

/** Before the draw there is nothing to check yet: the commitment, and when it can be checked. */
function NotDrawn({ lottery }: { lottery: LotteryView }) {
  return (
    <View>
      <InfoCard
        title={lottery.resourceName}
        extra={<LotteryStatusTag status={lottery.status} />}
        rows={[
          ['时间', slotWhen(lottery.start, lottery.end)],
          ['开奖时间', dateTime(lottery.drawAt)],
        ]}
      />
      <Card title="开奖后可验证" testId="verify-not-drawn">
        <Text className="verify__explain">开奖后将公布抽签种子和报名名单，届时可在本页于本机重新计算并核对结果。</Text>
        <HashValue label="承诺值" value={lottery.commitment} />
      </Card>
    </View>
  );
}

function Verify() {
  const { slotId } = usePageParams('lottery/verify/index');
  const data = useRemote(async () => {
    const lottery = await call('lottery.get', { slotId });
    const { seed } = lottery;
    if (seed === undefined) return { lottery, verified: null };
    const drawn = { ...lottery, seed };
    const entries = await loadEntries(slotId);
    return { lottery, verified: { lottery: drawn, entries, check: checkDraw(drawn, entries) } };
  }, [slotId]);
  return (
    <RemoteView state={data.state} onRetry={data.reload}>
      {({ lottery, verified }) => (verified ? <Verification {...verified} /> : <NotDrawn lottery={lottery} />)}
    </RemoteView>
  );
}

// Anyone may check a draw: no sign-in.
export default definePage(Verify, { signIn: false });
