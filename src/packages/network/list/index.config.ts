export default definePageConfig({
  navigationBarTitleText: '基地、工作室和龙头企业',
})
