import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import './app.scss'

// Taro.cloud exists only in the mini-program; H5 talks to the local runtime over HTTP instead.
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
}

function App({ children }: PropsWithChildren) {
  return children
}

export default App
