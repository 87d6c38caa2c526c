/**
 * Calls of platform APIs whose documented limits the code would break: showModal buttons over 4
 * characters (the dialog throws and never shows, as 举报's 拨打12333 did), showToast titles over 7
 * Chinese characters beside an icon, navigateTo past the 10-page stack.
 */
import { join } from 'node:path'
import { scanSource, scanTree, textWidth } from '../../scripts/lib/api-limits'

test('no call in src breaks a documented platform limit', () => {
  expect(scanTree(join(__dirname, '..', '..'))).toEqual([])
})

test('the scan finds each kind of breach, with file and line', () => {
  const code = [
    "import Taro from '@tarojs/taro'",
    "const HOTLINE = '12333'",
    'Taro.showModal({ title: "举报", confirmText: `拨打${HOTLINE}`, cancelText: "知道了" })',
    "Taro.showModal({ confirmText: ok ? '录用' : '确定不录用' })",
    'Taro.showModal({ confirmText: label })',
    "Taro.showToast({ title: '已提交，等待审核' })",
    "Taro.showToast({ title: name, icon: 'success' })",
    "Taro.showToast({ title: '已提交，等待工作人员审核', icon: 'none' })",
    "Taro.navigateTo({ url: '/packages/jobs/job/index' })",
  ].join('\n')
  expect(scanSource('src/x.tsx', code)).toEqual([
    'src/x.tsx:3: showModal confirmText "拨打12333" is over 4 characters',
    'src/x.tsx:4: showModal confirmText "确定不录用" is over 4 characters',
    'src/x.tsx:5: showModal confirmText: not text the code fixes, so not checkable',
    'src/x.tsx:6: showToast title "已提交，等待审核" is over 7 Chinese characters with an icon',
    "src/x.tsx:7: showToast with an icon: the title must be fixed text (or icon 'none')",
    'src/x.tsx:9: navigateTo: open pages with openPage() (the page stack holds 10)',
  ])
})

test('toast width counts a Chinese character as two, a digit as one', () => {
  expect(textWidth('面试时间已约好')).toBe(14)
  expect(textWidth('候补第12位')).toBe(10)
})
