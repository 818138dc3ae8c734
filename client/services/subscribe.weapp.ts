// weapp: WeChat's subscribe popup (wx.requestSubscribeMessage), called straight from the tap.
import Taro from '@tarojs/taro';
import type { TemplateKind } from '@shared/contract';
import { ask, type AskOutcome, type SubscribeResults } from './subscribe.common';

export { loadTemplates, refreshTemplates, type AskOutcome } from './subscribe.common';

export function askToSubscribe(kinds: TemplateKind[]): Promise<AskOutcome | null> {
  return ask(kinds, (tmplIds) =>
    Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option).then(
      (res) => res as unknown as SubscribeResults,
    ),
  );
}
