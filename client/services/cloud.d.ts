// The shape of services/cloud; Taro builds cloud.weapp.ts or cloud.h5.ts in its place.
export { CallError } from './callError';
export declare const call: import('./transport').Call;
