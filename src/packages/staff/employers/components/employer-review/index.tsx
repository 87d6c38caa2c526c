import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Employer } from '../../../../../../types/jobs'
import { Button } from '../../../../../components/button'
import { Card } from '../../../../../components/card'
import { formatDateTime } from '../../../../../domain/time'
import { checkUscc } from '../../../../../domain/uscc'
import { REFUSE_REASONS, refuseReasonText, type RefuseReason } from '../../reasons'
import './index.scss'
import { FormField } from '../../../../../components/form-field'

export interface EmployerReviewProps {
  employer: Employer
  /** This card's decision is on its way to the back end. */
  busy: boolean
  /** Another card's decision is on its way: wait for it. */
  blocked: boolean
  onDecide: (approve: boolean, reason?: string) => void
}

/** One employer waiting for review: what it sent, and 通过 / 不通过 with a reason. */
export function EmployerReview({ employer, busy, blocked, onDecide }: EmployerReviewProps) {
  const [refusing, setRefusing] = useState(false)
  const [picked, setPicked] = useState<RefuseReason | null>(null)
  const [extra, setExtra] = useState('')
  const uscc = checkUscc(employer.uscc)
  const reason = picked ? refuseReasonText(picked, extra) : null

  const approve = async () => {
    const answer = await Taro.showModal({
      title: '通过认证',
      content: `确认「${employer.name}」的信息无误，通过认证？通过后可以发布岗位。`,
      confirmText: '通过',
      cancelText: '再看看',
    })
    if (answer.confirm) onDecide(true)
  }

  return (
    <Card className='employer-review'>
      <Text className='employer-review__name'>{employer.name}</Text>
      <View className='employer-review__row'>
        <Text className='employer-review__label'>统一社会信用代码</Text>
        <Text className='employer-review__value employer-review__code'>{employer.uscc}</Text>
        <Text
          className={`employer-review__check ${uscc.ok ? 'employer-review__check--ok' : 'employer-review__check--bad'}`}
        >
          {uscc.ok ? '✓ 校验位正确' : `✗ ${uscc.reason}`}
        </Text>
      </View>
      <View className='employer-review__row'>
        <Text className='employer-review__label'>联系人</Text>
        <Text className='employer-review__value'>{`${employer.contact}  ${employer.phone}`}</Text>
      </View>
      {employer.county && (
        <View className='employer-review__row'>
          <Text className='employer-review__label'>所在区县</Text>
          <Text className='employer-review__value'>{employer.county}</Text>
        </View>
      )}
      <View className='employer-review__row'>
        <Text className='employer-review__label'>营业执照</Text>
        <Text className='employer-review__value'>{employer.licence ? '已上传' : '没有上传'}</Text>
      </View>
      {employer.createdAt && (
        <Text className='employer-review__time'>{`${formatDateTime(employer.createdAt)} 提交`}</Text>
      )}

      {!refusing ? (
        <View className='employer-review__actions'>
          <View className='employer-review__action'>
            <Button variant='secondary' disabled={blocked} onClick={() => setRefusing(true)}>
              不通过
            </Button>
          </View>
          <View className='employer-review__action'>
            <Button loading={busy} disabled={blocked} onClick={approve}>
              {busy ? '正在保存…' : '通过'}
            </Button>
          </View>
        </View>
      ) : (
        <View className='employer-review__refuse'>
          <Text className='employer-review__ask'>为什么不通过？单位会看到这个原因</Text>
          {REFUSE_REASONS.map((r) => (
            <View
              key={r}
              className={`employer-review__option ${picked === r ? 'employer-review__option--on' : ''}`}
              role='radio'
              aria-checked={picked === r}
              onClick={() => setPicked(r)}
            >
              <Text className='employer-review__mark'>{picked === r ? '●' : '○'}</Text>
              <Text className='employer-review__option-text'>{r}</Text>
            </View>
          ))}
          <FormField
            label={picked === '其他' ? '请写明原因' : '补充说明'}
            optional={picked !== '其他'}
            multiline
            value={extra}
            maxlength={150}
            onInput={setExtra}
          />
          {picked === '其他' && !reason && (
            <Text className='employer-review__warn'>选了“其他”，请写明原因</Text>
          )}
          <View className='employer-review__actions'>
            <View className='employer-review__action'>
              <Button variant='secondary' disabled={busy} onClick={() => setRefusing(false)}>
                取消
              </Button>
            </View>
            <View className='employer-review__action'>
              <Button
                loading={busy}
                disabled={!reason || blocked}
                onClick={() => reason && onDecide(false, reason)}
              >
                {busy ? '正在保存…' : '确认不通过'}
              </Button>
            </View>
          </View>
        </View>
      )}
    </Card>
  )
}
