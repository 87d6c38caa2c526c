import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../../../components/button'
import { FormField } from '../../../../../components/form-field'
import { OptionPicker, plainOptions } from '../../../../../components/option-picker'

const OTHER = '其他工种（自己填写）'

export interface AddOccupationProps {
  /** Plan occupations of the brand not yet in the list, offered first. */
  suggestions: string[]
  saving: boolean
  /** Resolves true when the occupation was added, so the form can close. */
  onAdd: (occupation: string) => Promise<boolean>
  onCancel: () => void
}

/** Why a typed name cannot be sent, in words; null when it can. */
export function occupationNameProblem(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed.length < 2) return '工种名称至少2个字'
  if (trimmed.length > 20) return '工种名称最多20个字'
  return null
}

/** 添加工种: pick one of the brand's plan occupations, or type a new name. */
export function AddOccupation({ suggestions, saving, onAdd, onCancel }: AddOccupationProps) {
  const choices = [...suggestions, OTHER]
  const [choice, setChoice] = useState(choices[0])
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const typing = choice === OTHER
  const name = typing ? typed.trim() : choice

  const submit = async () => {
    const found = typing ? occupationNameProblem(typed) : null
    setProblem(found)
    if (found) return
    if (await onAdd(name)) setTyped('')
  }

  return (
    <View className='training-list__add'>
      <OptionPicker
        title='选择工种'
        options={plainOptions(choices)}
        value={choice}
        onChange={(picked) => {
          if (picked) setChoice(picked)
          setProblem(null)
        }}
      />
      {typing && (
        <FormField
          label='工种名称（2到20个字）'
          value={typed}
          maxlength={20}
          placeholder='写上工种名称'
          onInput={(value) => {
            setTyped(value)
            setProblem(null)
          }}
        />
      )}
      {problem && <Text className='training-list__problem'>{problem}</Text>}
      <View className='training-list__add-actions'>
        <Button loading={saving} onClick={submit}>
          {saving ? '正在加入…' : '加入培训清单'}
        </Button>
        <Button variant='secondary' disabled={saving} onClick={onCancel}>
          不加了
        </Button>
      </View>
    </View>
  )
}
