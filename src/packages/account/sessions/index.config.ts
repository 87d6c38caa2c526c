export default definePageConfig({
  navigationBarTitleText: '登录的电脑',
})
