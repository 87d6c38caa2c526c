export default definePageConfig({ navigationBarTitleText: '劳动合同示范文本' })
