import { Text } from '@tarojs/components'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ListState } from '../../../components/list-state'
import { Page } from '../../../components/page'
import { currentOwner, useProfileStore } from '../../../stores/profile'
import { useEnrollmentStore } from '../../../stores/training'
import { standingText } from '../shared/status'
import { Consent } from './components/consent'
import { ProfileForm } from './components/profile-form'
import './index.scss'

/**
 * The worker's profile: the privacy terms first, then the form. Opened from a course
 * (`?courseId=`), saving also signs up for it and goes back to the course.
 */
export default function ProfilePage() {
  const courseId = useRouter().params.courseId
  const owner = useProfileStore((s) => s.owner)
  const consent = useProfileStore((s) => s.consent)
  const status = useProfileStore((s) => s.status)
  const error = useProfileStore((s) => s.error)
  const dirty = useProfileStore((s) => s.dirty)
  const saved = useProfileStore((s) => s.saved)
  const saving = useProfileStore((s) => s.saving)
  const open = useProfileStore((s) => s.open)
  const load = useProfileStore((s) => s.load)
  const agree = useProfileStore((s) => s.agree)
  const save = useProfileStore((s) => s.save)
  const enroll = useEnrollmentStore((s) => s.enroll)
  const signingUp = useEnrollmentStore((s) => (courseId ? s.signingUp[courseId] : false))
  const [result, setResult] = useState<{ text: string; bad: boolean } | null>(null)

  useDidShow(() => {
    open()
    load()
  })

  const submit = async () => {
    setResult(null)
    try {
      await save()
    } catch (err) {
      setResult({ text: (err as Error).message, bad: true })
      return
    }
    if (!courseId) {
      setResult({ text: '已保存', bad: false })
      Taro.showToast({ title: '已保存', icon: 'success' })
      return
    }
    try {
      const enrolled = await enroll(courseId)
      // 候补第N位 can be longer than the 7 characters a toast shows beside an icon.
      Taro.showToast({ title: standingText(enrolled), icon: 'none' })
      Taro.navigateBack()
    } catch (err) {
      setResult({ text: `信息已保存，但没有报上名：${(err as Error).message}`, bad: true })
    }
  }

  // Someone who saved before has agreed already: wait for the stored profile to say so.
  // Another person's form (a different demo user on H5) never shows, even for a moment.
  if (owner !== currentOwner() || (!consent && (status === 'idle' || status === 'loading'))) {
    return (
      <Page className='profile'>
        <ListState status='loading' />
      </Page>
    )
  }

  if (!consent) {
    return (
      <Page className='profile'>
        <Consent onAgree={agree} onRefuse={() => Taro.navigateBack()} />
      </Page>
    )
  }

  if (status === 'loading' && !dirty && !saved) {
    return (
      <Page className='profile'>
        <ListState status='loading' />
      </Page>
    )
  }

  return (
    <Page className='profile'>
      {status === 'error' && (
        <Text className='profile__offline'>
          {`${error ?? '没有连上网络'}。你填的内容会先保存在手机上。`}
        </Text>
      )}
      {courseId && (
        <Text className='profile__why'>报名前请先填好你的信息，只需要填一次，以后报名直接用。</Text>
      )}
      <ProfileForm
        submitText={courseId ? '保存并报名' : '保存'}
        onSubmit={submit}
        busy={saving || signingUp}
        result={result}
      />
    </Page>
  )
}
