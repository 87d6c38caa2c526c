import Taro from '@tarojs/taro'

/** 12333: the national human-resources and social-security hotline, where illegal fees are reported. */
export const REPORT_HOTLINE = '12333'

/** The 举报 link of every job: what counts as an illegal fee, and the hotline to call. */
export async function reportFee(): Promise<void> {
  const res = await Taro.showModal({
    title: '举报收费',
    content: `找工作不用交任何钱。如果有人以招工为名收押金、培训费、服装费、体检费，或让你办贷款，请拨打人社服务热线${REPORT_HOTLINE}举报。`,
    // WeChat and Taro allow 4 characters on a button (拨打12333 would stop the dialog showing).
    confirmText: '拨打电话',
    cancelText: '知道了',
  })
  if (res.confirm && typeof Taro.makePhoneCall === 'function') {
    Taro.makePhoneCall({ phoneNumber: REPORT_HOTLINE }).catch(() => undefined)
  }
}
