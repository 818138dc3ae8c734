import { useRouter } from '@tarojs/taro';
import { readParams, type Route, type RouteParams } from '@shared/routes';

/** The parameters the page was opened with, as its entry in the route table names them. */
export function usePageParams<R extends Route>(route: R): RouteParams<R> {
  return readParams(route, useRouter().params);
}
