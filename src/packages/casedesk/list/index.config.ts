export default definePageConfig({ navigationBarTitleText: '维权案件' })
