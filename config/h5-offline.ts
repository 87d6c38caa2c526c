import HtmlWebpackPlugin from 'html-webpack-plugin'
import type { Compilation, Compiler } from 'webpack'
import type { GenerateSWConfig } from 'workbox-webpack-plugin'

/**
 * The H5 service worker (Workbox): the app shell (the page, the entry scripts and styles) is
 * kept at install, so the app opens offline; every page chunk is kept once it was loaded
 * (hashed names never change content). Data calls are POSTs and pass through: the stores keep the
 * last data of each list on the phone and the screens say when they show it.
 * A weak phone is not made to download every page in the background on its first visit.
 */
export const SERVICE_WORKER: GenerateSWConfig = {
  swDest: 'sw.js',
  clientsClaim: true,
  skipWaiting: true,
  // The shell only: the page, the entry point's files and the first page's (首页), not every page.
  include: [
    ({ asset, compilation }) =>
      asset.name.endsWith('.html') ||
      entryFiles(compilation as Compilation).has(asset.name) ||
      firstPageFiles(compilation as Compilation).has(asset.name),
  ],
  exclude: [/LICENSE/, /\.map$/],
  navigateFallback: '/index.html',
  navigateFallbackDenylist: [/^\/fn\//, /^\/local\//, /^\/healthz/],
  runtimeCaching: [
    {
      urlPattern: ({ url }) => /^\/(js|css|static)\//.test(url.pathname),
      handler: 'CacheFirst',
      options: {
        cacheName: 'pages',
        expiration: { maxEntries: 200, maxAgeSeconds: 60 * 24 * 3600 },
      },
    },
  ],
}

/** The files of the entry points (the scripts and styles index.html loads). */
function entryFiles(compilation: Compilation): Set<string> {
  return new Set(
    [...compilation.entrypoints.values()].flatMap((e) => e.chunks.flatMap((c) => [...c.files])),
  )
}

const FIRST_PAGE = /[\\/]src[\\/]pages[\\/]home[\\/]index\.tsx$/

const firstPageCache = new WeakMap<Compilation, Set<string>>()

/** The files of the chunks that the first page (首页) needs beyond the entry point. */
function firstPageFiles(compilation: Compilation): Set<string> {
  const known = firstPageCache.get(compilation)
  if (known) return known
  const entry = entryFiles(compilation)
  const files = new Set<string>()
  for (const group of compilation.chunkGroups) {
    const isFirstPage = group.chunks.some((chunk) =>
      compilation.chunkGraph.getChunkModules(chunk).some((m) => {
        const root = (m as { rootModule?: { resource?: string } }).rootModule
        const resource = root?.resource ?? (m as { resource?: string }).resource ?? ''
        return FIRST_PAGE.test(resource)
      }),
    )
    if (!isFirstPage) continue
    for (const chunk of group.chunks)
      for (const file of chunk.files)
        if (!entry.has(file) && /\.(js|css)$/.test(file)) files.add(file)
  }
  firstPageCache.set(compilation, files)
  return files
}

/**
 * `<link rel="preload">` for the chunks of the first page (首页), so the phone fetches them while
 * the entry scripts download and run, instead of after.
 */
export class PreloadFirstPage {
  apply(compiler: Compiler) {
    compiler.hooks.compilation.tap('PreloadFirstPage', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap(
        'PreloadFirstPage',
        (data) => {
          const publicPath = String(compilation.outputOptions.publicPath ?? '/')
          for (const file of firstPageFiles(compilation)) {
            data.headTags.push({
              tagName: 'link',
              voidTag: true,
              meta: { plugin: 'PreloadFirstPage' },
              attributes: {
                rel: 'preload',
                as: file.endsWith('.css') ? 'style' : 'script',
                href: `${publicPath}${file}`,
              },
            })
          }
          return data
        },
      )
    })
  }
}
