export default definePageConfig({
  navigationBarTitleText: '学员名单',
  enablePullDownRefresh: true,
})
