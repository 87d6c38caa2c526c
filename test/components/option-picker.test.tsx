import { fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import {
  OptionPicker,
  dateOptions,
  plainOptions,
  timeOptions,
} from '../../src/components/option-picker'
import { countyByName } from '../../src/domain/counties'

const TOWNSHIPS = countyByName('融水苗族自治县')!.townships

function Township() {
  const [value, setValue] = useState<string | undefined>()
  return (
    <OptionPicker
      title='乡镇/街道'
      clearLabel='不填'
      options={plainOptions(TOWNSHIPS)}
      value={value}
      onChange={setValue}
    />
  )
}

const sheet = () => document.querySelector('.option-picker__sheet') as HTMLElement
const rows = () => Array.from(sheet().querySelectorAll('.option-picker__option'))

describe('the picker', () => {
  it('a long list opens with a search box; typing narrows it and one tap picks', () => {
    render(<Township />)
    fireEvent.click(screen.getByText('请选择'))

    expect(rows()).toHaveLength(TOWNSHIPS.length + 1)
    fireEvent.input(within(sheet()).getByLabelText('搜索乡镇/街道'), { target: { value: '安' } })
    expect(rows().map((r) => r.textContent)).toEqual(['安太乡', '安陲乡'])

    fireEvent.click(within(sheet()).getByText('安陲乡'))
    expect(document.querySelector('.option-picker__sheet')).toBeNull()
    expect(screen.getByText('安陲乡')).toBeInTheDocument()
  })

  it('says so when nothing matches', () => {
    render(<Township />)
    fireEvent.click(screen.getByText('请选择'))
    fireEvent.input(within(sheet()).getByLabelText('搜索乡镇/街道'), { target: { value: '北京' } })
    expect(rows()).toHaveLength(0)
    expect(within(sheet()).getByText('没有找到“北京”，换几个字试试')).toBeInTheDocument()
  })

  it('a short list has no search box', () => {
    render(
      <OptionPicker
        title='文化程度'
        options={plainOptions(['小学', '初中', '高中'])}
        value={undefined}
        onChange={() => undefined}
      />,
    )
    fireEvent.click(screen.getByText('请选择'))
    expect(within(sheet()).queryByLabelText('搜索文化程度')).toBeNull()
  })

  it('a disabled field says why and does not open', () => {
    render(
      <OptionPicker
        title='乡镇/街道'
        options={[]}
        value={undefined}
        disabled
        disabledHint='请先选择区县'
        onChange={() => undefined}
      />,
    )
    fireEvent.click(screen.getByText('请先选择区县'))
    expect(document.querySelector('.option-picker__sheet')).toBeNull()
  })
})

describe('date and time choices read as people say them', () => {
  it('dates from a Beijing day, keeping a chosen one outside the range', () => {
    const days = dateOptions('2026-12-01', 3, '2026-11-20')
    expect(days.map((d) => d.value)).toEqual([
      '2026-11-20',
      '2026-12-01',
      '2026-12-02',
      '2026-12-03',
    ])
    expect(days[1].label).toBe('12月1日 周二（2026年）')
  })

  it('times every half hour, morning and afternoon in words', () => {
    const times = timeOptions(30, '09:15')
    expect(times.find((t) => t.value === '09:15')?.label).toBe('上午9点15分（09:15）')
    expect(times.find((t) => t.value === '14:30')?.label).toBe('下午2点30分（14:30）')
    expect(times[0].value).toBe('06:00')
    expect(times[times.length - 1].value).toBe('22:00')
  })
})
