import { Text, View } from '@tarojs/components';
import { VENUE_KIND_LABELS } from '@shared/contract/catalog';
import type { VenueView } from '@shared/contract/types';
import BlockBanner from '../../components/BlockBanner';
import VenueTabs from '../../components/VenueTabs';
import { definePage } from '../../components/Page';
import RemoteView from '../../components/RemoteView';
import ResourceCard from '../../components/ResourceCard';
import { useRemote } from '../../hooks/useRemote';
import { call } from '../../services/cloud';
import { navigate } from '../../services/navigate';
import './index.css';

const PATH = 'pages/index/index';

function VenueResources({ venue }: { venue: VenueView }) {
  const resources = useRemote(() => call('resource.list', { venueId: venue.id }), [venue.id]);
  return (
    <View>
      <View className="home__venue">
        <Text className="home__venue-name">{venue.name}</Text>
        <Text className="home__venue-kind">{VENUE_KIND_LABELS[venue.kind]}</Text>
        {venue.address && <Text className="home__venue-line">{venue.address}</Text>}
        {venue.description && <Text className="home__venue-line">{venue.description}</Text>}
      </View>
      <Text className="section-title">可预约项目</Text>
      <RemoteView state={resources.state} onRetry={resources.reload} empty="该场馆暂无可预约项目">
        {(list) =>
          list.map((r) => (
            <ResourceCard
              key={r.id}
              resource={r}
              onClick={() => navigate('booking/resource/index', { resourceId: r.id, venueId: r.venueId })}
            />
          ))
        }
      </RemoteView>
    </View>
  );
}

/**
 * A fresh deployment (no venue yet): how to start instead of an empty list, worded by setup.status — the
 * set-up code while no admin has claimed it, else the venue to add.
 */
function FirstRun() {
  const setup = useRemote(() => call('setup.status', {}), []);
  const status = setup.state.status === 'ok' ? setup.state.data : null;
  if (status?.hasVenues) {
    return (
      <View className="home__first-run" data-testid="home-first-run">
        <Text className="home__first-title">暂无开放预约的场馆</Text>
        <Text className="home__first-line">场馆暂未开放预约，请稍后再来</Text>
      </View>
    );
  }
  const addVenue = '在「我的 → 场馆管理」添加场馆';
  const steps =
    setup.state.status === 'loading'
      ? []
      : status?.open
        ? [
            '管理员：在「我的 → 初始化」输入设置码（部署时的环境变量 SETUP_CODE，本地 npm start 会打印）',
            `初始化完成后，${addVenue}`,
          ]
        : [`管理员：${addVenue}`];
  return (
    <View className="home__first-run" data-testid="home-first-run">
      <Text className="home__first-title">尚未设置场馆</Text>
      {steps.map((step) => (
        <Text key={step} className="home__first-line">
          {step}
        </Text>
      ))}
    </View>
  );
}

function Home() {
  const venues = useRemote(() => call('venue.list', {}), []);
  return (
    <View>
      <View className="home__hero">
        <Text className="home__title">场馆预约</Text>
        <Text className="home__subtitle">选择场馆与项目，实名预约参观和体验</Text>
      </View>
      <BlockBanner />
      <RemoteView state={venues.state} onRetry={venues.reload}>
        {(list) =>
          list.length ? (
            <VenueTabs venues={list}>{(venue) => <VenueResources venue={venue} />}</VenueTabs>
          ) : (
            <FirstRun />
          )
        }
      </RemoteView>
    </View>
  );
}

export default definePage(Home, { tab: PATH, signIn: false });
