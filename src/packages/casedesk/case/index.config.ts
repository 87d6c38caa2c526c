export default definePageConfig({ navigationBarTitleText: '办理案件' })
