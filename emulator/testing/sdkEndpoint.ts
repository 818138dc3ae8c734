// For tests of the cloud API endpoint itself: an in-memory store behind the endpoint on loopback, and
// the real wx-server-sdk pointed at it, as a deployed function would be at WeChat's servers.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore, type Store } from '../store';
import { createCloudApi, type CloudApi } from '../cloudApi';
import { LOCAL_ENV, sdkRuntimeEnv } from '../runtimeEnv';

export interface SdkEndpoint {
  store: Store;
  api: CloudApi;
  /** wx-server-sdk ships no types. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  cloud: any;
  close(): Promise<void>;
}

/**
 * The real wx-server-sdk in this process, pointed at a cloud API endpoint (`http://host:port`: this
 * one, or a whole local cloud's) as a deployed function is at WeChat's servers.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- wx-server-sdk ships no types
export function connectSdk(endpointUrl: string): any {
  // The SDK reads these when it initialises: set them before requiring it (see runtimeEnv.ts).
  Object.assign(process.env, sdkRuntimeEnv(endpointUrl));
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, and it must load after the env above
  const cloud = require('wx-server-sdk');
  cloud.init({ env: LOCAL_ENV });
  return cloud;
}

export async function startSdkEndpoint(clock: () => number): Promise<SdkEndpoint> {
  const store = await openStore({ dataDir: ':memory:', clock });
  const api = createCloudApi(store);
  const server = http.createServer((req, res) => api.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const cloud = connectSdk(`http://127.0.0.1:${port}`);
  return {
    store,
    api,
    cloud,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    },
  };
}
