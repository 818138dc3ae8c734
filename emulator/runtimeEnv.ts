// The environment WeChat's function runtime (Tencent SCF) gives a cloud function, pointed at the
// local cloud's API endpoint. The SCF variables matter: outside SCF the SDK asks Tencent's metadata
// host (metadata.tencentyun.com) on every request whether it runs in the cloud, which costs a DNS
// lookup and ~60 ms per call and sends traffic off this machine. Inside SCF it does not.
export const LOCAL_ENV = 'local';
/** The mini-program's appid as the local cloud gives it (WX_APPID, and the appId WeChat Pay signs for). */
export const LOCAL_APPID = 'wx0000000000000000';
/** The venue's merchant at the local WeChat Pay (the function's PAY_SUB_MCH_ID). */
export const LOCAL_SUB_MCH_ID = '1900000109';

export function sdkRuntimeEnv(endpointUrl: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${endpointUrl}/admin` }),
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: LOCAL_ENV,
    TCB_ENV: LOCAL_ENV,
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
  };
}
