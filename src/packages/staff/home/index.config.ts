export default definePageConfig({
  navigationBarTitleText: '人社局工作台',
})
