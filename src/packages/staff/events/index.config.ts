export default definePageConfig({
  navigationBarTitleText: '招聘活动管理',
  enablePullDownRefresh: true,
})
