export default definePageConfig({
  navigationBarTitleText: '创业贷款和补贴自查',
})
