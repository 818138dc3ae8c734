// Demo data for an empty store only: the demo accounts and their roles are written directly (there is
// no one yet to grant them), then venues, resources and slots are created through the function's
// own admin actions as demo-admin-1, so the data has exactly the shape the function writes.
import { addDays, atLocal, dateOf } from '@shared/time';
import type { ActionInput, ActionName } from '@shared/contract';
import type { SeatMap } from '@shared/rules/seats';
import type { Store } from '../store';
import type { InvocationResult } from '../host/pool';
import { DEMO_MUSEUM_ID, DEMO_USERS } from './demoUsers';

type Call = (openid: string | null, payload: unknown) => Promise<InvocationResult>;

interface DemoResource {
  resource: Omit<ActionInput<'admin.resource.upsert'>, 'venueId'>;
  /** Daily sessions: [start, end, capacity]. */
  sessions: [string, string, number][];
  /** Lottery resources: applications close, and the draw runs, the evening before at these times. */
  lottery?: { closesAt: string; drawAt: string };
  /** A seated hall's map (admin.seatmap.save), saved before its sessions are made. */
  seatMap?: SeatMap;
}

/**
 * 大剧场 (seed 001): 一楼 of 12 rows, two aisles, wheelchair spaces at the ends of the last row; 二楼 of 6 rows
 * split by one aisle. 408 + 168 = 576 seats.
 */
const THEATRE: SeatMap = {
  zones: ['stalls', 'balcony'],
  sections: [
    {
      id: 'stalls',
      name: '一楼',
      rows: Array.from({ length: 12 }, (_, i) => ({
        label: String(i + 1),
        cells: i === 11 ? 'AAaaaaaaaa.aaaaaaaaaaaaaa.aaaaaaaaAA' : 'aaaaaaaaaa.aaaaaaaaaaaaaa.aaaaaaaaaa',
      })),
    },
    {
      id: 'balcony',
      name: '二楼',
      rows: Array.from({ length: 6 }, (_, i) => ({ label: String(i + 1), cells: 'bbbbbbbbbbbbbb.bbbbbbbbbbbbbb' })),
    },
  ],
};

/** The receiving desk and the handling departments of seed 002 (demo-handler-1 is in 展览部). */
const DEPARTMENTS: ActionInput<'admin.department.upsert'>[] = [
  { id: 'dept-desk', name: '客服中心', categories: [], receiving: true, order: 0 },
  { id: 'dept-exhibition', name: '展览部', categories: ['exhibit'], order: 1 },
  { id: 'dept-guide', name: '讲解部', categories: ['guide', 'service'], order: 2 },
  { id: 'dept-logistics', name: '后勤保障部', categories: ['facility', 'other'], order: 3 },
  { id: 'dept-security', name: '安保部', categories: ['safety'], order: 4 },
];

interface DemoVenue {
  venue: ActionInput<'admin.venue.upsert'>;
  resources: DemoResource[];
}

function every(
  fromHour: number,
  toHour: number,
  minutes: number,
  length: number,
  capacity: number,
): [string, string, number][] {
  const out: [string, string, number][] = [];
  for (let t = fromHour * 60; t + length <= toHour * 60; t += minutes) {
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    out.push([hhmm(t), hhmm(t + length), capacity]);
  }
  return out;
}

/** The office's rooms (seed 004): a 15-minute grid, 30 minutes to 4 hours, one working day ahead. */
const OFFICE_GRID = { granularityMinutes: 15, minMinutes: 30, maxMinutes: 240, leadWorkingDays: 1 };

const VENUES: DemoVenue[] = [
  {
    venue: {
      id: DEMO_MUSEUM_ID,
      name: '城市科技馆',
      kind: 'museum',
      order: 1,
      address: '科学大道100号',
      description: '常设展厅与展品体验项目，实名预约，分时段入场。',
    },
    resources: [
      {
        resource: {
          id: 'res-vr-flight',
          name: 'VR飞行体验',
          kind: 'exhibit',
          mode: 'slot',
          allocation: 'fcfs',
          location: '二楼 航空航天展厅',
          description: '佩戴VR设备模拟驾驶飞机，每场20分钟。身高1.2米以上。',
        },
        sessions: every(9, 17, 30, 20, 8),
      },
      {
        resource: {
          id: 'res-robot-theatre',
          name: '机器人剧场',
          kind: 'event',
          mode: 'slot',
          allocation: 'fcfs',
          location: '一楼 机器人剧场',
          description: '机器人舞蹈与互动表演。',
          policy: { maxAttendees: 4 },
        },
        sessions: [
          ['10:30', '11:00', 60],
          ['14:30', '15:00', 60],
        ],
      },
      {
        resource: {
          id: 'res-lottery',
          name: '热门讲座（抽签）',
          kind: 'event',
          mode: 'slot',
          allocation: 'lottery',
          location: '一楼 报告厅',
          description: '院士科普讲座，名额有限，报名后统一抽签，中签后12小时内确认。',
          policy: { maxAttendees: 2, lottery: { confirmHours: 12, weightLosses: true } },
        },
        sessions: [['14:00', '15:30', 30]],
        lottery: { closesAt: '20:00', drawAt: '20:30' },
      },
      {
        resource: {
          id: 'res-dome',
          name: '球幕影院',
          kind: 'exhibit',
          mode: 'slot',
          allocation: 'fcfs',
          location: '三楼 球幕影院',
          description: '科普球幕电影，每场40分钟。',
        },
        sessions: [
          ['10:00', '10:40', 120],
          ['13:00', '13:40', 120],
          ['15:00', '15:40', 120],
        ],
      },
    ],
  },
  {
    venue: {
      id: 'venue-culture',
      name: '市文化中心',
      kind: 'culture_center',
      order: 2,
      address: '人民路8号',
      description: '演出、讲座与公益活动。',
    },
    resources: [
      {
        resource: {
          id: 'res-concert',
          name: '周末民乐音乐会',
          kind: 'event',
          mode: 'slot',
          allocation: 'fcfs',
          location: '大剧场',
          description: '民族管弦乐专场，凭票入场，请提前15分钟到场。学生票须出示学生证，儿童票限1.2米以下。',
          // Seed 001's paid tickets: full refund until two days before, 50 % until the day before.
          policy: {
            maxAttendees: 2,
            cancelMinutesBefore: 240,
            pricing: {
              ticketTypes: [
                { id: 'full', name: '全价', priceFen: 8000 },
                { id: 'student', name: '学生', priceFen: 4000, proof: '学生证' },
                { id: 'child', name: '儿童', priceFen: 3000 },
              ],
              refund: { fullHoursBefore: 48, partialHoursBefore: 24, partialPercent: 50 },
              // 一楼 costs more; 二楼 sells at the base prices.
              zones: [
                { id: 'stalls', name: '一楼', prices: { full: 12000, student: 6000, child: 4500 } },
                { id: 'balcony', name: '二楼', prices: {} },
              ],
            },
          },
        },
        seatMap: THEATRE,
        sessions: [['19:30', '21:00', 576]],
      },
    ],
  },
  {
    venue: {
      id: 'venue-scenic',
      name: '湖山景区',
      kind: 'scenic_area',
      order: 3,
      address: '湖山路1号',
      description: '实名制分时段预约入园。',
    },
    resources: [
      {
        resource: {
          id: 'res-admission',
          name: '景区门票（上午/下午）',
          kind: 'admission',
          mode: 'slot',
          allocation: 'fcfs',
          location: '南门',
          description: '每日分上午、下午两个时段入园。',
          policy: { opensDaysBefore: 14, opensAt: '08:00', closesMinutesBefore: 30 },
        },
        sessions: [
          ['08:00', '12:00', 2500],
          ['12:00', '17:30', 2500],
        ],
      },
    ],
  },
  {
    venue: {
      id: 'venue-office',
      name: '创新园区',
      kind: 'company',
      order: 4,
      address: '园区路6号',
      description: '会议室、展厅与设备预约。',
    },
    resources: [
      {
        resource: {
          id: 'res-meeting-a',
          name: '会议室A',
          kind: 'room',
          mode: 'interval',
          allocation: 'fcfs',
          location: 'A座3楼',
          description: '12人，投影、视频会议设备。',
          policy: { opensDaysBefore: 14, realName: false, interval: { ...OFFICE_GRID, capacity: 12 } },
        },
        sessions: [],
      },
      {
        resource: {
          id: 'res-meeting-b',
          name: '会议室B',
          kind: 'room',
          mode: 'interval',
          allocation: 'fcfs',
          location: 'A座5楼',
          description: '20人，白板、电视。',
          policy: { opensDaysBefore: 14, realName: false, interval: { ...OFFICE_GRID, capacity: 20 } },
        },
        sessions: [],
      },
      {
        resource: {
          id: 'res-showroom',
          name: '产品展厅',
          kind: 'showroom',
          mode: 'interval',
          allocation: 'fcfs',
          location: 'B座1楼',
          description: '接待客户参观，需行政部审核。',
          policy: {
            opensDaysBefore: 14,
            requiresApproval: true,
            maxAttendees: 12,
            interval: {
              ...OFFICE_GRID,
              granularityMinutes: 30,
              minMinutes: 60,
              capacity: 30,
              confirmHours: 24,
              customerExtraDays: 14,
            },
          },
        },
        sessions: [],
      },
      {
        resource: {
          id: 'res-projector',
          name: '便携投影仪',
          kind: 'equipment',
          mode: 'interval',
          allocation: 'fcfs',
          location: '行政部',
          description: '共3台，用后归还行政部。',
          policy: { realName: false, interval: { ...OFFICE_GRID, quantity: 3, capacity: 1, maxMinutes: 480 } },
        },
        sessions: [],
      },
    ],
  },
];

const SEED_DAYS = 8;

export async function seedDemo(store: Store, call: Call, clock: () => number): Promise<boolean> {
  if (store.count('venues', {}) > 0 || store.count('users', {}) > 0) return false;
  const now = clock();
  await store.insert(
    'users',
    DEMO_USERS.map((u) => ({
      _id: u.openid,
      roles: u.roles,
      ...(u.name ? { profile: { name: u.name, updatedAt: now } } : {}),
      createdAt: now,
    })),
  );
  // The demo's admin stands for the one who claimed the set-up code: no one else can claim it.
  await store.insert('settings', [{ _id: 'setup', claimedBy: 'demo-admin-1', claimedAt: now }]);

  let n = 0;
  const admin = async <A extends ActionName>(action: A, data: ActionInput<A>) => {
    const r = await call('demo-admin-1', { action, data, requestId: `seed-${String(++n).padStart(6, '0')}` });
    const envelope = r.ok ? (r.result as { ok: boolean; error?: unknown }) : null;
    if (!envelope?.ok) throw new Error(`demo seed: ${action} failed: ${JSON.stringify(r.ok ? envelope : r)}`);
  };

  const today = dateOf(now);
  for (const department of DEPARTMENTS) await admin('admin.department.upsert', department);
  for (const { venue, resources } of VENUES) {
    await admin('admin.venue.upsert', venue);
    for (const { resource, sessions, lottery, seatMap } of resources) {
      await admin('admin.resource.upsert', { ...resource, venueId: venue.id! });
      if (seatMap) await admin('admin.seatmap.save', { resourceId: resource.id!, seatMap });
      for (let d = 0; d < SEED_DAYS; d++) {
        const date = addDays(today, d);
        const eve = addDays(date, -1);
        for (const [start, end, capacity] of sessions) {
          await admin('admin.slot.create', {
            resourceId: resource.id!,
            start: new Date(atLocal(date, start)).toISOString(),
            end: new Date(atLocal(date, end)).toISOString(),
            capacity,
            ...(lottery
              ? {
                  closesAt: new Date(atLocal(eve, lottery.closesAt)).toISOString(),
                  drawAt: new Date(atLocal(eve, lottery.drawAt)).toISOString(),
                }
              : {}),
          });
        }
      }
    }
  }
  return true;
}
