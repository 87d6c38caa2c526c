export default definePageConfig({
  navigationBarTitleText: '候选人',
  enablePullDownRefresh: false,
})
