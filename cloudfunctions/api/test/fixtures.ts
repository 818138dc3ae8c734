// Test data built through the admin actions, as a manager would.
import { residentIdCheckChar } from '@shared/rules/idDocument';
import type { ActionInput, ActionName } from '@shared/contract';
import type { Envelope } from '@shared/errors';

export type Call = <T = unknown, A extends ActionName = ActionName>(
  openid: string | null,
  action: A,
  data?: ActionInput<A>,
  requestId?: string,
) => Promise<Envelope<T>>;

export function unwrap<T>(e: Envelope<T>): T {
  if (!e.ok) throw new Error(`expected ok, got ${JSON.stringify(e.error)}`);
  return e.data;
}

/** A valid resident ID number for person n (distinct per n). */
export function idNumberFor(n: number): string {
  const first17 = `110105${1950 + (n % 50)}0101${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

export async function makeVenue(call: Call, admin: string, id = 'v1'): Promise<string> {
  unwrap(await call(admin, 'admin.venue.upsert', { id, name: '测试科技馆', kind: 'museum' }));
  return id;
}

export async function makeResource(
  call: Call,
  manager: string,
  venueId: string,
  policy: Record<string, unknown> = {},
  id = 'r1',
): Promise<string> {
  unwrap(
    await call(manager, 'admin.resource.upsert', {
      id,
      venueId,
      name: 'VR飞行体验',
      kind: 'exhibit',
      mode: 'slot',
      allocation: 'fcfs',
      policy,
    }),
  );
  return id;
}

export async function makeSlot(
  call: Call,
  manager: string,
  resourceId: string,
  start: string,
  end: string,
  capacity: number,
): Promise<string> {
  return unwrap(await call<{ id: string }>(manager, 'admin.slot.create', { resourceId, start, end, capacity })).id;
}

export async function makeAttendee(call: Call, openid: string, n: number, name = `参观人${n}`): Promise<string> {
  return unwrap(
    await call<{ id: string }>(openid, 'attendee.add', {
      name: name.replace(/\d/g, (d) => '零一二三四五六七八九'[Number(d)]),
      phone: `139${String(n).padStart(8, '0')}`,
      idType: 'id_card',
      idNumber: idNumberFor(n),
      consent: true,
    }),
  ).id;
}
