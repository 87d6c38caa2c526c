export default definePageConfig({
  navigationBarTitleText: '培训清单管理',
})
