import { useCareStore } from '../stores/care'

/** Said when a page's code cannot be downloaded (offline, a page never opened before). */
export const CANNOT_LOAD_TEXT = '这一页没有打开：它需要网络，现在没有连上。连上网络后点重试。'

const NOTICE_ID = 'cannot-load-notice'

/** A plain notice over the app with 重试, which loads the page again. */
function showCannotLoad() {
  if (document.getElementById(NOTICE_ID)) return
  const notice = document.createElement('div')
  notice.id = NOTICE_ID
  notice.setAttribute('role', 'alert')
  notice.style.cssText =
    'position:fixed;left:12px;right:12px;bottom:72px;z-index:2000;padding:16px;border-radius:12px;' +
    'background:#fff4e0;color:#5c3700;font-size:20px;line-height:1.5;box-shadow:0 2px 12px rgba(0,0,0,.25)'
  const text = document.createElement('p')
  text.style.margin = '0 0 12px'
  text.textContent = CANNOT_LOAD_TEXT
  const retry = document.createElement('button')
  retry.type = 'button'
  retry.textContent = '重试'
  retry.style.cssText =
    'width:100%;min-height:52px;border:0;border-radius:12px;background:#0f5a42;color:#fff;font-size:20px'
  retry.onclick = () => window.location.reload()
  notice.append(text, retry)
  document.body.append(notice)
}

/**
 * H5 only: registers the service worker (production builds), and says so in plain words when a
 * page's script or style cannot be downloaded; Taro's router would log it and show nothing.
 */
/**
 * Taro's page containers scroll but hold nothing a keyboard can focus (its taps are on plain
 * elements): each one takes focus itself, so it can be scrolled without a finger.
 */
function focusableScrolling() {
  const mark = (node: Node) => {
    if (node instanceof HTMLElement && node.classList.contains('taro_page')) {
      if (!node.hasAttribute('tabindex')) node.setAttribute('tabindex', '0')
    }
  }
  new MutationObserver((records) => {
    for (const record of records) record.addedNodes.forEach(mark)
  }).observe(document.body, { childList: true, subtree: true })
  document.querySelectorAll('.taro_page').forEach(mark)
}

/** 关怀模式 also reaches what sits outside the pages (the tab bar): a class on <html>. */
function careOnRoot() {
  const apply = (on: boolean) => document.documentElement.classList.toggle('care-mode', on)
  apply(useCareStore.getState().enabled)
  useCareStore.subscribe((s) => apply(s.enabled))
}

export function startH5Shell() {
  focusableScrolling()
  careOnRoot()
  if (process.env.NODE_ENV === 'production' && 'serviceWorker' in navigator) {
    window.addEventListener('load', () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // No service worker (private mode, old browser): the app still works online.
      })
    })
  }
  window.addEventListener(
    'error',
    (event) => {
      const target = event.target
      const isCode =
        target instanceof HTMLScriptElement ||
        (target instanceof HTMLLinkElement && target.rel === 'stylesheet')
      if (isCode) showCannotLoad()
    },
    true,
  )
}
