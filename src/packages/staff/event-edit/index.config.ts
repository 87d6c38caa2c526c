export default definePageConfig({
  navigationBarTitleText: '编辑招聘活动',
})
