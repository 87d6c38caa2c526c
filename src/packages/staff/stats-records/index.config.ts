export default definePageConfig({
  navigationBarTitleText: '统计记录',
})
