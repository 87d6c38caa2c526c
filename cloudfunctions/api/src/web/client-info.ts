/** Who asks, as a person would recognise it: the browser and where the request came from. */
export interface ClientInfo {
  browser: string
  place: string
}

const BROWSERS: Array<[RegExp, string]> = [
  [/MicroMessenger\/([\d.]+)/, '微信内置浏览器'],
  [/Edg\/(\d+)/, 'Edge'],
  [/QQBrowser\/(\d+)/, 'QQ浏览器'],
  [/Firefox\/(\d+)/, 'Firefox'],
  [/(?:Chrome|HeadlessChrome|Chromium)\/(\d+)/, 'Chrome'],
  [/Version\/(\d+)[\d.]* Safari/, 'Safari'],
]

const SYSTEMS: Array<[RegExp, string]> = [
  [/Windows/, 'Windows'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X/, 'macOS'],
  [/CrOS/, 'ChromeOS'],
  [/Linux/, 'Linux'],
]

/** "Chrome 131 · Windows" from a User-Agent header; "未知浏览器" when it says nothing. */
export function describeBrowser(userAgent: string | undefined): string {
  const ua = userAgent ?? ''
  const browser = BROWSERS.find(([re]) => re.test(ua))
  const system = SYSTEMS.find(([re]) => re.test(ua))
  const name = browser
    ? `${browser[1]}${browser[1].startsWith('微信') ? '' : ` ${ua.match(browser[0])?.[1] ?? ''}`}`.trim()
    : '未知浏览器'
  return system ? `${name} · ${system[1]}` : name
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/

/** "IP 10.2.3.4", or 本机 for a loopback address. */
export function describePlace(ip: string | undefined): string {
  const address = (ip ?? '').trim()
  if (!address) return '未知位置'
  return LOOPBACK.test(address) ? `本机（${address}）` : `IP ${address}`
}
