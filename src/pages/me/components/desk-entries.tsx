import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { SectionTitle } from '../../../components/section-title'
import { ticketFromQrText } from '../../../domain/web-login'
import { callApi, SIGN_IN_PAGE } from '../../../services/call-api'
import { openPage } from '../../../services/navigate'
import { clearSessionToken } from '../../../services/session'
import { useSessionStore } from '../../../stores/session'
import { Entry } from './entry'

const SESSIONS_PAGE = '/packages/account/sessions/index'
const CONFIRM_PAGE = '/packages/account/web-confirm/index'

/** On the phone: scan the code a desktop browser shows, then confirm on the next page. */
async function scanToSignIn() {
  let text: string
  try {
    text = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
  } catch {
    return // cancelled
  }
  const ticket = ticketFromQrText(text)
  if (!ticket) {
    Taro.showToast({ title: '这不是电脑登录的二维码', icon: 'none' })
    return
  }
  openPage(`${CONFIRM_PAGE}?ticket=${ticket}`)
}

/** At a desk: end this browser's session, then the sign-in page. */
async function signOut() {
  try {
    await callApi('session/logout', {})
  } catch {
    // Forgotten here all the same; an unreachable session runs out by itself after 12 hours.
  }
  clearSessionToken()
  useSessionStore.getState().reset()
  Taro.reLaunch({ url: SIGN_IN_PAGE })
}

/** 我的 → 电脑登录: scan a desktop code (phone), the signed-in browsers, and sign-out (desk). */
export function DeskEntries() {
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <>
      <SectionTitle title='电脑登录' />
      <View className='me__group'>
        {!h5 && (
          <Entry
            icon='扫'
            title='扫码登录电脑版'
            note='在电脑上用工作台，扫电脑上的二维码'
            onClick={scanToSignIn}
          />
        )}
        <Entry
          icon='电'
          title='登录的电脑'
          note='看看在哪些电脑上登录了，可以退出'
          onClick={() => openPage(SESSIONS_PAGE)}
        />
        {h5 && <Entry icon='退' title='退出登录' note='离开这台电脑前点这里' onClick={signOut} />}
      </View>
    </>
  )
}
