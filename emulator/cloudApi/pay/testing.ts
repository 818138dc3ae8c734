// Inputs of the WeChat Pay tests: a ¥1 trade of the local environment's `api` function, and a refund of it.
import { LOCAL_SUB_MCH_ID } from '../../runtimeEnv';

export const SUB_MCH = LOCAL_SUB_MCH_ID;

export const tradeInput = (outTradeNo: string, extra: Record<string, unknown> = {}) => ({
  body: '演出票-全价',
  outTradeNo,
  spbillCreateIp: '127.0.0.1',
  subMchId: SUB_MCH,
  totalFee: 100,
  envId: 'local',
  functionName: 'api',
  ...extra,
});

export const refundInput = (
  outTradeNo: string,
  outRefundNo: string,
  refundFee: number,
  extra: Record<string, unknown> = {},
) => ({
  outTradeNo,
  outRefundNo,
  totalFee: 100,
  refundFee,
  subMchId: SUB_MCH,
  envId: 'local',
  functionName: 'api',
  ...extra,
});
