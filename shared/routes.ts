// Every page of the mini-program and the parameters it reads from its URL, in one table: the client
// navigates and reads parameters through it, and subscribe messages and notices link to pages with it.
// A parameter is named for what it identifies (`bookingId`, `complaintId`), never a bare `id`; a
// trailing `?` marks one the page can do without.

export const ROUTES = {
  'pages/index/index': [],
  'pages/bookings/index': [],
  'pages/staff/index': [],
  'pages/me/index': [],
  'booking/resource/index': ['resourceId', 'venueId?'],
  'booking/confirm/index': ['slotId', 'resourceId', 'venueId', 'date', 'mode?', 'seats?'],
  'booking/seats/index': ['slotId', 'resourceId', 'venueId', 'date'],
  'booking/detail/index': ['bookingId'],
  'booking/change/index': ['bookingId'],
  'booking/return/index': ['bookingId'],
  'booking/week/index': [],
  'profile/attendees/index': [],
  'profile/attendee-add/index': [],
  'profile/privacy/index': [],
  'profile/notices/index': [],
  'profile/notify-settings/index': [],
  'profile/setup/index': [],
  'profile/edit/index': [],
  'profile/invite/index': ['code?'],
  'manager/index/index': [],
  'manager/resources/index': ['venueId'],
  'manager/resource-edit/index': ['venueId', 'resourceId?'],
  'manager/slots/index': ['resourceId'],
  'manager/slot-bulk/index': ['resourceId'],
  'manager/resource-close/index': ['resourceId'],
  'manager/approvals/index': ['venueId?'],
  'manager/credit/index': ['venueId?'],
  'manager/roles/index': [],
  'manager/lotteries/index': ['venueId?'],
  'manager/complaints/index': [],
  'manager/complaint/index': ['complaintId'],
  'manager/complaint-stats/index': [],
  'manager/venues/index': [],
  'manager/venue-edit/index': ['venueId?'],
  'manager/departments/index': [],
  'manager/department-edit/index': ['departmentId?'],
  'manager/slot-create/index': ['resourceId'],
  'manager/invites/index': ['venueId?'],
  'manager/audit/index': ['venueId?'],
  'manager/resource-usage/index': ['resourceId'],
  'manager/seat-map/index': ['resourceId'],
  'manager/finance/index': ['venueId?'],
  'manager/feedback/index': ['venueId?'],
  'lottery/slot/index': ['slotId'],
  'lottery/verify/index': ['slotId'],
  'staff/roster/index': ['slotId?'],
  'staff/find/index': [],
  'staff/complaint-register/index': [],
  'staff/desk-book/index': ['slotId?'],
  'staff/desk-range/index': [],
  'staff/desk-pass/index': ['bookingId'],
  'staff/sell/index': ['slotId?'],
  'staff/statement/index': ['venueId?'],
  'complaint/mine/index': [],
  'complaint/file/index': ['bookingId?'],
  'complaint/detail/index': ['complaintId'],
  'dev/signin/index': [],
  'dev/outbox/index': [],
} as const satisfies Record<string, readonly string[]>;

export type Route = keyof typeof ROUTES;

type Names<R extends Route> = (typeof ROUTES)[R][number];
type Required<N> = N extends `${string}?` ? never : N;
type Optional<N> = N extends `${infer P}?` ? P : never;

/** The parameters of a page: required ones are strings, optional ones may be left out. */
export type RouteParams<R extends Route> = { [K in Required<Names<R>>]: string } & {
  [K in Optional<Names<R>>]?: string;
};

/** The pages opened without parameters. */
export type PlainRoute = { [R in Route]: Names<R> extends never ? R : never }[Route];

/** The arguments after the route: nothing for a page without parameters, else its parameters. */
export type RouteArgs<R extends Route> = Names<R> extends never ? [] : [params: RouteParams<R>];

/** `booking/detail/index?bookingId=b1`: the page path WeChat expects in a subscribe message (no leading slash). */
export function pagePath<R extends Route>(route: R, ...[params]: RouteArgs<R>): string {
  const query = Object.entries((params ?? {}) as Record<string, string | undefined>)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&');
  return query ? `${route}?${query}` : route;
}

/** `/booking/detail/index?bookingId=b1`: the URL the client navigates to. */
export const pageUrl = <R extends Route>(route: R, ...args: RouteArgs<R>): string => `/${pagePath(route, ...args)}`;

/**
 * The parameters a page was opened with, read by the table: a required one that is missing reads as ''
 * (the page's load then answers 未找到), an optional one as undefined.
 */
export function readParams<R extends Route>(route: R, query: Record<string, string | undefined>): RouteParams<R> {
  const out: Record<string, string | undefined> = {};
  for (const spec of ROUTES[route] as readonly string[]) {
    const optional = spec.endsWith('?');
    const name = optional ? spec.slice(0, -1) : spec;
    const raw = query[name];
    out[name] = raw === undefined || raw === '' ? (optional ? undefined : '') : decodeParam(raw);
  }
  return out as RouteParams<R>;
}

/** Values arrive encoded on some engines and decoded on others; a lone `%` is kept as it is. */
function decodeParam(raw: string): string {
  return /%[0-9A-Fa-f]{2}/.test(raw) ? decodeURIComponent(raw) : raw;
}
