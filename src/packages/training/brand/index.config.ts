export default definePageConfig({
  navigationBarTitleText: '劳务品牌',
  enablePullDownRefresh: true,
})
