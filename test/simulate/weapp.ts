/**
 * Runs the compiled production weapp build (dist/weapp) under miniprogram-simulate: stubs
 * App / getApp / getCurrentPages / Page, where a page config becomes a component whose attach runs
 * onLoad → onShow → onReady, and gives `wx.cloud.callFunction` to the caller.
 * Each page module runs once per test file (jest's module registry), so load a page once per file.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export const WEAPP_ROOT = join(__dirname, '..', '..', 'dist', 'weapp')

/** What `wx.cloud.callFunction` resolves with in the mini-program. */
export type CallFunction = (options: {
  name: string
  data: unknown
}) => Promise<{ result: unknown }>

type Handler = (...args: unknown[]) => unknown
type PageConfig = Record<string, unknown> & { data?: object }

/** A rendered page: the DOM the user would see and the page instance (`this` of the page). */
export interface SimulatedPage {
  dom: HTMLElement
  instance: Record<string, Handler>
  /** Text of the page, whitespace collapsed. */
  text(): string
  /** Waits until `predicate` holds for the page text (setData is batched and asynchronous). */
  waitForText(predicate: (text: string) => boolean, timeoutMs?: number): Promise<string>
  /** Taps the first innermost element whose text is exactly `text`, as a finger would. */
  tap(text: string): void
}

interface Simulate {
  load(path: string, options?: { rootPath: string }): string
  render(
    id: string,
    properties?: object,
  ): {
    dom: HTMLElement
    instance: Record<string, Handler>
    attach(parent: HTMLElement): void
  }
}

let simulate: Simulate | null = null
let loadingRoute = ''
const pages: Record<string, unknown>[] = []

/** Boots the compiled app once: wx globals, the Page/App stubs, then dist/weapp/app.js. */
export function bootWeapp(callFunction: CallFunction): void {
  if (simulate) return
  assertProductionBuild()
  const g = global as unknown as Record<string, unknown>
  const storage = new Map<string, unknown>()
  // miniprogram-simulate merges these over its own `wx` mocks when it is first required.
  g.wx = {
    cloud: { init: () => undefined, callFunction },
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    stopPullDownRefresh: () => undefined,
  }
  simulate = require('miniprogram-simulate') as Simulate

  let app: Record<string, Handler> | null = null
  g.App = (config: Record<string, Handler>) => {
    app = config
    config.onLaunch?.call(config, { path: 'pages/home/index', query: {}, scene: 1001 })
    config.onShow?.call(config, { path: 'pages/home/index', query: {}, scene: 1001 })
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages
  g.Page = (config: PageConfig) => {
    const route = loadingRoute
    const methods: Record<string, Handler> = {}
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') methods[key] = value as Handler
    }
    const component = g.Component as (definition: object) => void
    component({
      data: config.data ?? {},
      methods,
      lifetimes: {
        attached(this: Record<string, unknown>) {
          this.route = route
          this.__route__ = route
          pages.push(this)
          const { onLoad, onShow } = this as Record<string, Handler | undefined>
          onLoad?.call(this, {})
          onShow?.call(this)
        },
        ready(this: Record<string, Handler>) {
          this.onReady?.call(this)
        },
      },
    })
  }
  require(join(WEAPP_ROOT, 'app.js'))
}

/** Loads and attaches a compiled page, e.g. `renderPage('pages/home/index')`. */
export function renderPage(route: string): SimulatedPage {
  if (!simulate) throw new Error('call bootWeapp() first')
  loadingRoute = route
  const id = simulate.load(join(WEAPP_ROOT, route), { rootPath: WEAPP_ROOT })
  const comp = simulate.render(id)
  const parent = document.createElement('div')
  document.body.appendChild(parent)
  comp.attach(parent)
  const text = () => (comp.dom.textContent ?? '').replace(/\s+/g, ' ').trim()
  return {
    dom: comp.dom,
    instance: comp.instance,
    text,
    async waitForText(predicate, timeoutMs = 10000) {
      const until = Date.now() + timeoutMs
      while (!predicate(text())) {
        if (Date.now() > until) throw new Error(`page text never matched; it shows: ${text()}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      return text()
    },
    tap(label) {
      const reads = (el: Element) => el.textContent?.trim() === label
      const target = Array.from(comp.dom.querySelectorAll<HTMLElement>('*')).find(
        (el) => reads(el) && !Array.from(el.children).some(reads),
      )
      if (!target) throw new Error(`nothing on the page reads "${label}"`)
      touch(target)
    },
  }
}

/** A finger down and up on `target`: j-component turns the pair into a `tap` event. */
function touch(target: HTMLElement): void {
  const point = (id: number) =>
    new Touch({ identifier: id, target, clientX: 0, clientY: 0, pageX: 0, pageY: 0 })
  const opts = { bubbles: true, cancelable: true }
  target.dispatchEvent(
    new TouchEvent('touchstart', { ...opts, touches: [point(1)], changedTouches: [point(1)] }),
  )
  target.dispatchEvent(
    new TouchEvent('touchend', { ...opts, touches: [], changedTouches: [point(2)] }),
  )
}

function assertProductionBuild(): void {
  const taroJs = join(WEAPP_ROOT, 'taro.js')
  if (!existsSync(join(WEAPP_ROOT, 'app.js')) || !existsSync(taroJs)) {
    throw new Error('dist/weapp is missing: run `npm run build:weapp` before the simulate tests')
  }
  if (readFileSync(taroJs, 'utf8').split('\n').length > 50) {
    throw new Error('dist/weapp is a dev/watch build: run `npm run build:weapp` (production)')
  }
}
