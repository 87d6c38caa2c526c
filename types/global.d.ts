/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.scss'

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    /** The platform being built; the client branches on it (Taro.cloud exists only on weapp). */
    TARO_ENV: 'weapp' | 'h5'
    /** Mini-program appid for `taro build` (project.config.json keeps the touristappid placeholder). */
    TARO_APP_ID?: string
    /** Cloud environment id for `Taro.cloud.init`; empty means the default environment. */
    TARO_APP_CLOUD_ENV?: string
    /** H5: URL of the api function's HTTP access path; empty means the local runtime's /fn/api. */
    TARO_APP_API_URL?: string
  }
}
