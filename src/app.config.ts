const tabPages = ['pages/home/index', 'pages/courses/index', 'pages/jobs/index', 'pages/me/index']

// The local sign-in page exists only in the H5 build (it picks a demo user for the local runtime).
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/login/index'] : []

export default defineAppConfig({
  // Main package: the tab pages and what they need. Everything else goes in a sub-package.
  pages: [...tabPages, ...localOnlyPages],
  // Sub-packages by area (employer, provider, staff, events), loaded on demand: one entry
  // `{ root: 'packages/<area>', pages: ['<page>/index'] }` per area, pages in src/packages/<area>/.
  subPackages: [],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#1f7a5c',
    navigationBarTitleText: '柳州劳务品牌',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#4f5861',
    selectedColor: '#1f7a5c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/courses/index', text: '培训' },
      { pagePath: 'pages/jobs/index', text: '岗位' },
      { pagePath: 'pages/me/index', text: '我的' },
    ],
  },
})
