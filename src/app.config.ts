const tabPages = ['pages/home/index', 'pages/courses/index', 'pages/jobs/index', 'pages/me/index']

// Icons are 81×81 PNGs (a few hundred bytes each); the word is always shown with them.
const tab = (pagePath: string, text: string, icon: string) => ({
  pagePath,
  text,
  iconPath: `styles/icons/${icon}.png`,
  selectedIconPath: `styles/icons/${icon}-active.png`,
})

// The sign-in page (扫码登录, and demo users in local mode) exists only in the H5 build.
const localOnlyPages = process.env.TARO_ENV === 'h5' ? ['pages/login/index'] : []

export default defineAppConfig({
  // Main package: the tab pages and what they need. Everything else goes in a sub-package.
  pages: [...tabPages, ...localOnlyPages],
  // Sub-packages by area (employer, provider, staff, events), loaded on demand: one entry
  // `{ root: 'packages/<area>', pages: ['<page>/index'] }` per area, pages in src/packages/<area>/.
  subPackages: [
    // 培训: brand page, course detail, profile, my sign-ups, the public training list
    {
      root: 'packages/training',
      pages: [
        'brand/index',
        'course/index',
        'profile/index',
        'enrollments/index',
        'training-list/index',
      ],
    },
    // 培训机构: own courses, edit a course, enrolees with attendance and completion
    { root: 'packages/provider', pages: ['courses/index', 'course-edit/index', 'enrollees/index'] },
    // 岗位: job detail, inbox, my applications and interviews
    { root: 'packages/jobs', pages: ['job/index', 'inbox/index', 'applications/index'] },
    // 用人单位: sign-up, my openings, post an opening, candidates and interviews
    {
      root: 'packages/employer',
      pages: ['register/index', 'openings/index', 'post/index', 'candidates/index'],
    },
    // 招聘活动: calendar and list, detail, my events, scan to check in
    { root: 'packages/events', pages: ['list/index', 'detail/index', 'mine/index'] },
    // 品牌网络: bases, studios and leading firms (list, map, detail), progress against the plan
    {
      root: 'packages/network',
      pages: ['list/index', 'detail/index', 'startup/index', 'contests/index', 'contest/index'],
    },
    // 账号: confirm a desktop sign-in after scanning, the signed-in browsers
    { root: 'packages/account', pages: ['web-confirm/index', 'sessions/index'] },
    // 维权: report, my cases, a case, the 失信名单, the model labor contract
    {
      root: 'packages/rights',
      pages: ['report/index', 'mine/index', 'case/index', 'blacklist/index', 'contract/index'],
    },
    // 维权案件台 (staff): the queue by status and deadline, one case
    { root: 'packages/casedesk', pages: ['list/index', 'case/index'] },
    // 人社局: dashboard, employer review, matching coverage, events and check-in code
    {
      root: 'packages/staff',
      pages: [
        'home/index',
        'employers/index',
        'coverage/index',
        'events/index',
        'event-edit/index',
        'checkin-code/index',
        'training-list/index',
        'stats/index',
        'stats-records/index',
      ],
    },
  ],
  // What each tab usually opens next is downloaded while the tab is shown (weapp), on any network:
  // a brand or course from 首页 and 培训, a job from 岗位, sign-ups and the inbox from 我的.
  preloadRule: {
    'pages/home/index': { network: 'all', packages: ['packages/training', 'packages/events'] },
    'pages/courses/index': { network: 'all', packages: ['packages/training'] },
    'pages/jobs/index': { network: 'all', packages: ['packages/jobs'] },
    'pages/me/index': { network: 'all', packages: ['packages/training', 'packages/jobs'] },
  },
  sitemapLocation: 'sitemap.json',
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f4f5f7',
    navigationBarBackgroundColor: '#1f7a5c',
    navigationBarTitleText: '柳州劳务品牌',
    navigationBarTextStyle: 'white',
    // WeChat's default; said out loud because Taro's H5 build shows its title bar (with back, or
    // 首页 when a page was opened directly) only when the config asks for it.
    navigationStyle: 'default',
  },
  tabBar: {
    color: '#4f5861',
    selectedColor: '#1f7a5c',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      tab('pages/home/index', '首页', 'home'),
      tab('pages/courses/index', '培训', 'courses'),
      tab('pages/jobs/index', '岗位', 'jobs'),
      tab('pages/me/index', '我的', 'me'),
    ],
  },
})
