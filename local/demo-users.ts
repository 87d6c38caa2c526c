/** The fixed demo identities the H5 sign-in page offers (their data comes from database/seed). */
export const DEMO_USERS: ReadonlyArray<{ openid: string; label: string }> = [
  { openid: 'demo-worker', label: '劳动者（已填资料）' },
  { openid: 'demo-trainee', label: '学员' },
  { openid: 'demo-employer', label: '用人单位（已认证）' },
  { openid: 'demo-provider', label: '培训机构' },
  { openid: 'demo-staff', label: '人社局工作人员' },
]
