import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { startH5Shell } from './services/h5-shell'
import { prefetchFirstScreen } from './stores/first-screen'
import './app.scss'
import './styles/desk'

// Taro.cloud exists only in the mini-program; H5 talks to the local runtime over HTTP instead.
if (process.env.TARO_ENV === 'weapp') {
  Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV || undefined, traceUser: true })
}
if (process.env.TARO_ENV === 'h5') startH5Shell()

prefetchFirstScreen(
  process.env.TARO_ENV === 'h5' ? window.location.hash : Taro.getLaunchOptionsSync().path,
)

function App({ children }: PropsWithChildren) {
  return children
}

export default App
