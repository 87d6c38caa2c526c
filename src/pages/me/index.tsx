import { Text, View } from '@tarojs/components'
import Taro, { useDidShow } from '@tarojs/taro'
import type { Role } from '../../../types/api'
import { Button } from '../../components/button'
import { Card } from '../../components/card'
import { ListState } from '../../components/list-state'
import { Page } from '../../components/page'
import { ReadAloud } from '../../components/read-aloud'
import { SectionTitle } from '../../components/section-title'
import { Tag } from '../../components/tag'
import { formatDate } from '../../domain/time'
import { SIGN_IN_PAGE } from '../../services/call-api'
import { openPage } from '../../services/navigate'
import { useInboxStore } from '../../stores/inbox'
import { useSessionStore } from '../../stores/session'
import { CareSwitch } from './components/care-switch'
import { DeskEntries } from './components/desk-entries'
import { Entry } from './components/entry'
import { useMyCertificates } from './use-my-certificates'
import './index.scss'

const ROLE_LABELS: Record<Role, string> = {
  worker: '求职者',
  employer: '用人单位',
  provider: '培训机构',
  staff: '工作人员',
}

const PAGES = {
  profile: '/packages/training/profile/index',
  enrollments: '/packages/training/enrollments/index',
  events: '/packages/events/mine/index',
  inbox: '/packages/jobs/inbox/index',
  applications: '/packages/jobs/applications/index',
  employerOpenings: '/packages/employer/openings/index',
  employerRegister: '/packages/employer/register/index',
  provider: '/packages/provider/courses/index',
  staff: '/packages/staff/home/index',
  rights: '/packages/rights/mine/index',
}

const FEE_WARNING = '求职不收费，收费即违规 · 遇到收费请举报 12333'

const go = (url: string) => () => openPage(url)

/** 我的: who I am, my sign-ups, events, messages, applications, certificates, 关怀模式, role areas. */
export default function Me() {
  const whoami = useSessionStore((s) => s.whoami)
  const status = useSessionStore((s) => s.status)
  const error = useSessionStore((s) => s.error)
  const loadWhoami = useSessionStore((s) => s.loadWhoami)
  const unread = useInboxStore((s) => s.unread)
  const loadUnread = useInboxStore((s) => s.loadUnread)
  const certs = useMyCertificates()

  // Reload on every show: the H5 sign-in page may have switched the user, messages may have come.
  const refresh = async () => {
    await loadWhoami()
    if (!useSessionStore.getState().whoami?.openid) return
    await Promise.all([loadUnread(), certs.load()])
  }
  useDidShow(() => {
    refresh()
  })

  const signedIn = whoami?.openid != null
  const roles = whoami?.roles ?? []
  const has = (role: Role) => roles.includes(role)

  return (
    <Page className='me'>
      {!whoami ? (
        <ListState
          status={status === 'error' ? 'error' : 'loading'}
          message={error ?? undefined}
          onRetry={refresh}
        />
      ) : (
        <Card onClick={signedIn ? go(PAGES.profile) : undefined}>
          {signedIn && whoami.name ? (
            <Text className='me__name'>{whoami.name}</Text>
          ) : (
            <Text className='me__name'>{signedIn ? '还没有填写资料' : '还没有登录'}</Text>
          )}
          {signedIn && (
            <View className='me__roles'>
              {roles.map((r) => (
                <Tag key={r} tone='primary'>
                  {ROLE_LABELS[r]}
                </Tag>
              ))}
            </View>
          )}
          {!signedIn && process.env.TARO_ENV === 'h5' && (
            <View className='me__fill'>
              <Button onClick={() => openPage(SIGN_IN_PAGE)}>扫码登录</Button>
            </View>
          )}
          {signedIn && !whoami.profileComplete && (
            <View className='me__fill'>
              <Text className='me__hint'>资料填好了，报名、找工作都更快</Text>
              <Button onClick={go(PAGES.profile)}>去填写资料</Button>
            </View>
          )}
        </Card>
      )}

      <CareSwitch />

      {signedIn && (
        <View className='me__group'>
          <Entry
            icon='资'
            title='我的资料'
            note='姓名、电话、想找的工作'
            onClick={go(PAGES.profile)}
          />
          <Entry icon='报' title='我的报名' note='报了哪些培训' onClick={go(PAGES.enrollments)} />
          <Entry icon='活' title='我的活动' note='报名的招聘会' onClick={go(PAGES.events)} />
          <Entry
            icon='信'
            title='消息'
            note='推荐的岗位、面试、通知'
            badge={unread > 0 ? `${unread}条未读` : undefined}
            onClick={go(PAGES.inbox)}
          />
          <Entry
            icon='申'
            title='我的申请'
            note='申请的岗位和面试'
            onClick={go(PAGES.applications)}
          />
          <Entry
            icon='维'
            title='维权'
            note='投诉举报、案件进度、失信名单'
            onClick={go(PAGES.rights)}
          />
        </View>
      )}

      {signedIn && (
        <>
          <SectionTitle title='我的证书' />
          {certs.status === 'error' ? (
            <ListState status='error' message={certs.error ?? undefined} onRetry={certs.load} />
          ) : certs.status !== 'ready' ? (
            <ListState status='loading' />
          ) : certs.certificates.length === 0 ? (
            <ListState
              status='empty'
              message='还没有证书'
              nextStep='学完培训、考核通过就能拿到证书'
              actionText='去看看培训'
              onAction={() => Taro.switchTab({ url: '/pages/courses/index' })}
            />
          ) : (
            certs.certificates.map((e) => (
              <Card key={e.id} className='me__certificate'>
                <Text className='me__certificate-name'>{e.certificate.name}</Text>
                <Text className='me__certificate-line'>{`培训：${e.course.title}`}</Text>
                <Text className='me__certificate-line'>
                  {`${formatDate(e.certificate.issuedAt)} 发证 · 编号 ${e.certificate.number}`}
                </Text>
              </Card>
            ))
          )}
        </>
      )}

      {signedIn && (
        <>
          <SectionTitle title='其他服务' />
          <View className='me__group'>
            {has('employer') ? (
              <Entry
                icon='企'
                title='用人单位'
                note='发布岗位、看应聘的人'
                onClick={go(PAGES.employerOpenings)}
              />
            ) : (
              <Entry
                icon='企'
                title='用人单位'
                note='单位招工，先登记认证'
                onClick={go(PAGES.employerRegister)}
              />
            )}
            {has('provider') && (
              <Entry
                icon='培'
                title='培训机构'
                note='我的课程、学员、结业'
                onClick={go(PAGES.provider)}
              />
            )}
            {has('staff') && (
              <Entry
                icon='人'
                title='人社局工作台'
                note='目标进度、审核、匹配推送'
                onClick={go(PAGES.staff)}
              />
            )}
          </View>
        </>
      )}

      {signedIn && <DeskEntries />}

      <View className='me__notice'>
        <Text
          className='me__notice-text'
          onClick={() => Taro.makePhoneCall({ phoneNumber: '12333' })}
        >
          {FEE_WARNING}
        </Text>
        <ReadAloud text='找工作不收费，收了费就是违规。遇到收费，请打电话12333举报。' />
      </View>

      {process.env.TARO_ENV === 'h5' && (
        <View className='me__switch'>
          <Button
            variant={signedIn ? 'secondary' : 'primary'}
            onClick={() => openPage('/pages/login/index')}
          >
            {signedIn ? '切换用户' : '登录'}
          </Button>
        </View>
      )}
    </Page>
  )
}
