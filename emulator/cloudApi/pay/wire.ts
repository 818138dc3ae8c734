// WeChat Pay v2 as cloud pay (`cloud.cloudPay.*`) speaks it. The SDK converts the function's camelCase
// parameters to snake_case and sends them as JSON; the answer is JSON, converted back to camelCase by
// the SDK. An answer has WeChat's two levels: `return_code` says whether the request got through,
// `result_code` whether the business step succeeded, with `err_code` / `err_code_des` for a refusal.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import { LOCAL_APPID } from '../../runtimeEnv';

/** Cloud pay acts as a service provider: its merchant is `mch_id`, the venue's is `sub_mch_id`. */
export const LOCAL_MCH_ID = '1800000001';
/** The local merchant key that signs answers and `paySign` (MD5, as v2 signs). */
const SIGN_KEY = 'local-cloud-wechat-pay-key-00000';

export type Params = Record<string, unknown>;
export type Answer = Record<string, unknown>;

/** v2's MD5 signature: the non-empty scalar fields sorted by name, `k=v&…&key=KEY`, upper-case hex. */
export function sign(fields: Answer): string {
  const text = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== undefined && fields[k] !== '' && typeof fields[k] !== 'object')
    .sort()
    .map((k) => `${k}=${String(fields[k])}`)
    .join('&');
  return createHash('md5').update(`${text}&key=${SIGN_KEY}`).digest('hex').toUpperCase();
}

export const newNonce = (): string => randomBytes(8).toString('hex');

export { parsePayTime, payTime, refundTime } from '../../../shared/payTime';
import { payTime } from '../../../shared/payTime';

const digits = (n: number) => Array.from({ length: n }, () => randomInt(10)).join('');

/** Shaped like WeChat's: `wx` + time + hex (36 characters). */
export const newPrepayId = (now: number): string => `wx${payTime(now)}${randomBytes(10).toString('hex')}`;
/** Shaped like WeChat's transaction ids: `4200` + date + digits (28). */
export const newTransactionId = (now: number): string => `4200${payTime(now).slice(0, 8)}${digits(16)}`;
/** Shaped like WeChat's refund ids: `503` + date + digits (29). */
export const newRefundId = (now: number): string => `503${payTime(now).slice(0, 8)}${digits(18)}`;

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** What every answer that got through carries (service-provider mode, as cloud pay is), then signed. */
function answer(params: Params, fields: Answer): Answer {
  const unsigned = {
    return_code: 'SUCCESS',
    return_msg: 'OK',
    appid: LOCAL_APPID,
    mch_id: LOCAL_MCH_ID,
    sub_appid: LOCAL_APPID,
    sub_mch_id: text(params.sub_mch_id),
    nonce_str: newNonce(),
    ...fields,
  };
  return { ...unsigned, sign: sign(unsigned) };
}

/** result_code SUCCESS with the step's fields. */
export const succeeded = (params: Params, fields: Answer): Answer =>
  answer(params, { result_code: 'SUCCESS', ...fields });

/** result_code FAIL: the step was refused, err_code says why (the SDK hands only err_code_des on, see CloudPay). */
export const refused = (params: Params, errCode: string, errCodeDes: string): Answer =>
  answer(params, { result_code: 'FAIL', err_code: errCode, err_code_des: errCodeDes });

/** return_code FAIL: the request itself was refused before any business step. */
export const notThrough = (returnMsg: string): Answer => ({ return_code: 'FAIL', return_msg: returnMsg });
