// Navigation by the route table (shared/routes.ts): a page and its parameters are checked when built.
import Taro from '@tarojs/taro';
import { pageUrl, type Route, type RouteArgs } from '@shared/routes';

export type TabRoute = 'pages/index/index' | 'pages/bookings/index' | 'pages/staff/index' | 'pages/me/index';

/** Opens a page on top of the current one. */
export const navigate = <R extends Route>(route: R, ...args: RouteArgs<R>) =>
  Taro.navigateTo({ url: pageUrl(route, ...args) });

/** Replaces the current page (a finished flow should not come back on 返回). */
export const redirect = <R extends Route>(route: R, ...args: RouteArgs<R>) =>
  Taro.redirectTo({ url: pageUrl(route, ...args) });

/** Shows a tab page. */
export const switchTab = (route: TabRoute) => Taro.switchTab({ url: pageUrl(route) });

/** Back to the page before, after `delayMs` (for a success toast to be read). */
export const goBack = (delayMs = 0) => setTimeout(() => Taro.navigateBack(), delayMs);
