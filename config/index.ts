import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { GenerateSW } from 'workbox-webpack-plugin'
import devConfig from './dev'
import { PreloadFirstPage, SERVICE_WORKER } from './h5-offline'
import prodConfig from './prod'

const localRuntime = `http://127.0.0.1:${process.env.PORT ?? 8787}`

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'liuzhou-labor-brands',
    date: '2026-11-26',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    // One folder per platform so the weapp and h5 builds never overwrite each other.
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    defineConstants: {},
    // The sitemap app.json points at (weapp only; WeChat reads it to index the public pages).
    copy: {
      patterns:
        process.env.TARO_ENV === 'weapp'
          ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    sass: {},
    mini: {
      // Component styles use unique BEM class names, so their order in common.wxss does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      // Production H5: the first page's chunks preloaded, and a service worker for offline use.
      webpackChain(chain) {
        if (process.env.NODE_ENV !== 'production') return
        chain.plugin('preload-first-page').use(PreloadFirstPage)
        chain.plugin('service-worker').use(GenerateSW, [SERVICE_WORKER])
      },
      // `npm run dev:h5` serves on its own port; the back end is the local runtime (`npm start`).
      devServer: {
        proxy: [{ context: ['/fn', '/local'], target: localRuntime, changeOrigin: true }],
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
