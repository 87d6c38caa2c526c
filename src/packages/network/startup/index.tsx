import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type {
  LoanKind,
  StartupCheckInput,
  StartupCheckResult,
  StartupGroup,
} from '../../../../types/startup'
import { Button } from '../../../components/button'
import { Card } from '../../../components/card'
import { FormField } from '../../../components/form-field'
import { OptionPicker } from '../../../components/option-picker'
import { Page } from '../../../components/page'
import { SectionTitle } from '../../../components/section-title'
import { callApi } from '../../../services/call-api'
import {
  COUNT_OPTIONS,
  EMPLOYEE_OPTIONS,
  GROUP_OPTIONS,
  LOAN_OPTIONS,
  MONTH_OPTIONS,
  TIMES_OPTIONS,
  WHO_OPTIONS,
  YES_NO,
  yesNo,
} from './options'
import './index.scss'

const wan = (yuan: number) => `${yuan / 10_000}万元`
const toCount = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\D/g, '')))

/** The 创业担保贷款 and 返乡入乡创业补贴 check a worker does alone, then may send to staff. */
export default function StartupCheck() {
  const [who, setWho] = useState<'person' | 'firm'>('person')
  const [group, setGroup] = useState<StartupGroup>()
  const [own, setOwn] = useState<LoanKind[]>([])
  const [spouse, setSpouse] = useState<LoanKind[]>([])
  const [partners, setPartners] = useState<number>(1)
  const [previous, setPrevious] = useState<number>()
  const [staff, setStaff] = useState('')
  const [hires, setHires] = useState('')
  const [contracts, setContracts] = useState<'yes' | 'no'>()
  const [arrears, setArrears] = useState<'yes' | 'no'>()
  const [township, setTownship] = useState<'yes' | 'no'>()
  const [months, setMonths] = useState<number>()
  const [employees, setEmployees] = useState<number>()
  const [hadSubsidy, setHadSubsidy] = useState<'yes' | 'no'>()
  const [phone, setPhone] = useState('')
  const [result, setResult] = useState<StartupCheckResult | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const input = (): StartupCheckInput =>
    who === 'firm'
      ? {
          who,
          staff: toCount(staff),
          newHires: toCount(hires),
          contractsOneYear: yesNo(contracts),
          arrears: yesNo(arrears),
          previousLoans: previous,
        }
      : {
          who,
          group,
          otherLoans: own,
          spouseLoans: spouse,
          partners,
          previousLoans: previous,
          township: yesNo(township),
          monthsOperating: months,
          employees,
          hadStartupSubsidy: yesNo(hadSubsidy),
        }

  const run = async () => {
    setBusy(true)
    setStatus(null)
    try {
      setResult(await callApi('startup/check', input()))
    } catch (err) {
      setStatus((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  const send = async () => {
    setBusy(true)
    try {
      await callApi('startup/apply', { kind: 'loan', check: input(), phone })
      setStatus('已发给人社局，审核结果会发到“消息”')
    } catch (err) {
      setStatus((err as Error).message)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Page className='startup'>
      <OptionPicker
        title='谁来申请'
        options={WHO_OPTIONS}
        value={who}
        onChange={(v) => setWho(v ?? 'person')}
      />
      {who === 'person' ? (
        <View>
          <OptionPicker
            title='你属于哪一类人员'
            options={GROUP_OPTIONS}
            value={group}
            onChange={setGroup}
            placeholder='请选择'
          />
          <OptionPicker<LoanKind>
            multiple
            title='你本人现在有的贷款'
            options={LOAN_OPTIONS}
            value={own}
            onChange={(v) => setOwn(v)}
            placeholder='没有贷款'
          />
          <OptionPicker<LoanKind>
            multiple
            title='配偶现在有的贷款'
            options={LOAN_OPTIONS}
            value={spouse}
            onChange={(v) => setSpouse(v)}
            placeholder='没有贷款或未婚'
          />
          <OptionPicker
            title='几个人一起创业'
            options={COUNT_OPTIONS}
            value={partners}
            onChange={(v) => setPartners(v ?? 1)}
          />
        </View>
      ) : (
        <View>
          <FormField label='现有在职职工（人）' type='number' value={staff} onInput={setStaff} />
          <FormField
            label='今年新招用符合条件人员（人）'
            type='number'
            value={hires}
            onInput={setHires}
          />
          <OptionPicker
            title='新招用人员签了1年以上合同'
            options={YES_NO}
            value={contracts}
            onChange={setContracts}
          />
          <OptionPicker
            title='有拖欠工资或欠缴社保'
            options={YES_NO}
            value={arrears}
            onChange={setArrears}
          />
        </View>
      )}
      <OptionPicker
        title='以前贷过几次创业担保贷款'
        options={TIMES_OPTIONS}
        value={previous}
        onChange={setPrevious}
        optional
      />
      {who === 'person' && (
        <View>
          <SectionTitle title='返乡入乡创业补贴（选填）' />
          <OptionPicker
            title='经营主体在乡镇及以下'
            options={YES_NO}
            value={township}
            onChange={setTownship}
            optional
          />
          <OptionPicker
            title='已经营多久'
            options={MONTH_OPTIONS}
            value={months}
            onChange={setMonths}
            optional
          />
          <OptionPicker
            title='带动几人就业半年以上'
            options={EMPLOYEE_OPTIONS}
            value={employees}
            onChange={setEmployees}
            optional
          />
          <OptionPicker
            title='领过创业补贴'
            options={YES_NO}
            value={hadSubsidy}
            onChange={setHadSubsidy}
            optional
          />
        </View>
      )}
      <Button loading={busy} onClick={run}>
        自查
      </Button>
      {status && <Text className='startup__status'>{status}</Text>}

      {result && (
        <View className='startup__result'>
          <Card className={result.loan.eligible ? 'startup__yes' : 'startup__no'}>
            <Text className='startup__answer'>
              {result.loan.eligible
                ? `按政策可以申请，最高 ${wan(result.loan.maxAmount)}，最长 ${result.loan.years} 年`
                : '按政策暂时不能申请'}
            </Text>
            {result.loan.reasons.map((r) => (
              <Text key={r} className='startup__reason'>{`· ${r}`}</Text>
            ))}
            {result.loan.sources.map((s) => (
              <Text key={s} className='startup__source'>{`依据：${s}`}</Text>
            ))}
          </Card>
          {result.subsidies.map((s) => (
            <Card key={s.name}>
              <Text className='startup__answer'>
                {`${s.name}：${s.eligible ? `符合条件，${s.amount}元` : '暂不符合'}`}
              </Text>
              {s.reasons.map((r) => (
                <Text key={r} className='startup__reason'>{`· ${r}`}</Text>
              ))}
              <Text className='startup__source'>{`依据：${s.source}`}</Text>
            </Card>
          ))}
          <Text className='startup__notice'>{result.notice}</Text>
          <Text className='startup__notice'>{`到哪里申请：${result.apply}`}</Text>
          {result.loan.eligible && (
            <View>
              <FormField label='联系电话' type='number' value={phone} onInput={setPhone} />
              <Button variant='secondary' loading={busy} onClick={send}>
                把自查结果发给人社局
              </Button>
            </View>
          )}
        </View>
      )}
    </Page>
  )
}
