import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { demoIdNumber } from '../../database/seed'
import { ProfileForm } from '../../src/packages/training/profile/components/profile-form'
import { EMPTY_DRAFT, useProfileStore } from '../../src/stores/profile'
import { resetTaroStub } from '../stubs/taro'

const VALID_ID = demoIdNumber('融水苗族自治县', '1984-06-12', 'female')
const lastDigitWrong = (id: string) => id.slice(0, 17) + (id[17] === '1' ? '2' : '1')

function renderForm() {
  const onSubmit = jest.fn()
  const view = render(<ProfileForm submitText='保存并报名' onSubmit={onSubmit} />)
  return { onSubmit, ...view }
}

const type = (label: string, value: string) =>
  fireEvent.input(screen.getByLabelText(label), { target: { value } })

beforeEach(() => {
  resetTaroStub()
  useProfileStore.setState({
    owner: 'wechat-user',
    consent: true,
    draft: EMPTY_DRAFT,
    dirty: false,
    saved: null,
    status: 'ready',
    error: null,
    saving: false,
  })
})

describe('profile form: ID number checked as it is typed', () => {
  it('says nothing is wrong while a possible number is still being typed', () => {
    renderForm()

    type('身份证号', VALID_ID.slice(0, 10))

    expect(screen.queryByText(/不对/)).not.toBeInTheDocument()
    expect(screen.getByText('加密保存，别人只能看到遮住中间的号码')).toBeInTheDocument()
  })

  it('says the birth date is wrong as soon as a month 13 is typed', () => {
    renderForm()

    type('身份证号', '4502251984' + '13')

    expect(screen.getByText('出生日期不对')).toBeInTheDocument()
  })

  it('says a letter is not allowed before the last place', () => {
    renderForm()

    type('身份证号', '4502A')

    expect(screen.getByText('只能是数字，最后一位可以是X')).toBeInTheDocument()
  })

  it('says the last digit is wrong in plain words, then reads birth date and gender once fixed', () => {
    renderForm()

    type('身份证号', lastDigitWrong(VALID_ID))
    expect(screen.getByText('身份证号最后一位不对，请核对')).toBeInTheDocument()
    expect(screen.queryByText(/出生日期：/)).not.toBeInTheDocument()

    type('身份证号', VALID_ID)
    expect(screen.queryByText('身份证号最后一位不对，请核对')).not.toBeInTheDocument()
    expect(screen.getByText('出生日期：1984年6月12日，性别：女')).toBeInTheDocument()
    expect(useProfileStore.getState().draft.idNumber).toBe(VALID_ID)
  })

  it('does not save a wrong number: the button lists what is left and nothing is sent', () => {
    const { onSubmit } = renderForm()
    type('姓名', '韦秀兰')
    type('手机号', '13800001234')
    type('身份证号', lastDigitWrong(VALID_ID))

    fireEvent.click(screen.getByRole('button', { name: '保存并报名' }))

    expect(onSubmit).not.toHaveBeenCalled()
    expect(screen.getByText('还有 3 项没填好，请看上面的红字')).toBeInTheDocument()
    expect(screen.getByText('请选择户籍所在区县')).toBeInTheDocument()
    expect(screen.getByText('请选择人员类别')).toBeInTheDocument()
  })

  it('keeps a half-filled form when the person leaves and the app starts again', async () => {
    const first = renderForm()
    type('姓名', '韦秀兰')
    type('身份证号', VALID_ID.slice(0, 12))
    first.unmount()
    const kept = Taro.getStorageSync('profile-draft') as string

    // A restart: the store comes back from the phone's storage.
    useProfileStore.setState({ draft: EMPTY_DRAFT, dirty: false })
    Taro.setStorageSync('profile-draft', kept)
    await act(() => useProfileStore.persist.rehydrate())
    renderForm()

    expect(screen.getByLabelText('姓名')).toHaveValue('韦秀兰')
    expect(screen.getByLabelText('身份证号')).toHaveValue(VALID_ID.slice(0, 12))
  })

  it('picks county, then a township of that county, by tapping instead of typing', () => {
    renderForm()
    expect(screen.getByText('请先选择区县')).toBeInTheDocument()

    fireEvent.click(screen.getByText('户籍区县'))
    fireEvent.click(screen.getByText('融水苗族自治县'))
    fireEvent.click(screen.getByText('乡镇/街道'))
    fireEvent.click(screen.getByText('安太乡'))

    expect(useProfileStore.getState().draft).toMatchObject({
      county: '融水苗族自治县',
      township: '安太乡',
    })
    expect(screen.getByText('安太乡')).toBeInTheDocument()
  })
})
