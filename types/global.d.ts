/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: 'development' | 'production' | 'test';
    /** The platform Taro builds for. */
    TARO_ENV?: 'weapp' | 'h5';
    /** WeChat cloud environment id, fixed at build time (config/index.ts). */
    TARO_APP_CLOUD_ENV?: string;
  }
}
