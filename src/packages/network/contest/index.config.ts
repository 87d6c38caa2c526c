export default definePageConfig({
  navigationBarTitleText: '竞赛详情',
})
