import Taro from '@tarojs/taro'

/** WeChat keeps at most 10 pages in the stack; `navigateTo` fails beyond it. */
export const PAGE_STACK_MAX = 10

/**
 * Opens `url` on top of the current page, the one way pages open another page. With the stack
 * full it replaces the current page instead, so the tap still opens what it says.
 */
export function openPage(url: string): Promise<TaroGeneral.CallbackResult> {
  const depth = Taro.getCurrentPages().length
  return depth >= PAGE_STACK_MAX ? Taro.redirectTo({ url }) : Taro.navigateTo({ url })
}
