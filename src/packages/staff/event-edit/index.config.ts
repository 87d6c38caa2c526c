export default definePageConfig({
  navigationBarTitleText: '柳州劳务品牌',
})
