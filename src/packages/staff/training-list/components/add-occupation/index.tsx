import { Input, Picker, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Button } from '../../../../../components/button'

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
  const [index, setIndex] = useState(0)
  const [typed, setTyped] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  const typing = choices[index] === OTHER
  const name = typing ? typed.trim() : choices[index]

  const submit = async () => {
    const found = typing ? occupationNameProblem(typed) : null
    setProblem(found)
    if (found) return
    if (await onAdd(name)) setTyped('')
  }

  return (
    <View className='training-list__add'>
      <Text className='training-list__label'>选择工种</Text>
      <Picker
        mode='selector'
        range={choices}
        value={index}
        onChange={(e) => {
          setIndex(Number(e.detail.value))
          setProblem(null)
        }}
      >
        <View className='training-list__choice'>
          <Text>{choices[index]}</Text>
          <Text className='training-list__arrow'>换一个 ›</Text>
        </View>
      </Picker>
      {typing && (
        <>
          <Text className='training-list__label'>工种名称（2到20个字）</Text>
          <Input
            className='training-list__input'
            value={typed}
            maxlength={20}
            placeholder='写上工种名称'
            onInput={(e) => {
              setTyped(e.detail.value)
              setProblem(null)
            }}
          />
        </>
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
