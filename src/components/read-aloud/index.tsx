import { ScrollView, Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { useCareStore } from '../../stores/care'
import { Button } from '../button'
import './index.scss'

export interface ReadAloudProps {
  /** What is read out: the card's or page's content as plain sentences. */
  text: string
  /** Show the button even when 关怀模式 is off. */
  always?: boolean
}

type Speech = { synth: SpeechSynthesis; Utterance: typeof SpeechSynthesisUtterance }

/** The browser's speech synthesis, where there is one (H5 only). */
function browserSpeech(): Speech | null {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined') return null
  const w = window as Window & { SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance }
  if (!w.speechSynthesis || !w.SpeechSynthesisUtterance) return null
  return { synth: w.speechSynthesis, Utterance: w.SpeechSynthesisUtterance }
}

/**
 * 读一读: reads `text` aloud in 关怀模式. The mini-program has no speech API without the WeChat
 * 同声传译 plugin, so there (and in a browser without speech) the text opens in large type instead.
 */
export function ReadAloud({ text, always = false }: ReadAloudProps) {
  const care = useCareStore((s) => s.enabled)
  const [speaking, setSpeaking] = useState(false)
  const [showing, setShowing] = useState(false)

  useEffect(() => () => browserSpeech()?.synth.cancel(), [])

  if (!care && !always) return null

  const start = () => {
    const speech = browserSpeech()
    if (!speech) {
      setShowing(true)
      return
    }
    if (speaking) {
      speech.synth.cancel()
      setSpeaking(false)
      return
    }
    const utterance = new speech.Utterance(text)
    utterance.lang = 'zh-CN'
    utterance.rate = 0.9
    const voice = speech.synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith('zh'))
    if (voice) utterance.voice = voice
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => {
      setSpeaking(false)
      setShowing(true)
    }
    speech.synth.cancel()
    speech.synth.speak(utterance)
    setSpeaking(true)
  }

  return (
    <View className='read-aloud'>
      <View
        className={`read-aloud__button ${speaking ? 'read-aloud__button--on' : ''}`}
        hoverClass='read-aloud__button--pressed'
        role='button'
        onClick={(e) => {
          // The button often sits on a tappable card: reading must not also open the card.
          e.stopPropagation()
          start()
        }}
      >
        <Text className='read-aloud__icon'>{speaking ? '■' : '▶'}</Text>
        <Text className='read-aloud__label'>{speaking ? '停止朗读' : '读一读'}</Text>
      </View>
      {showing && (
        <View className='read-aloud__mask' catchMove onClick={(e) => e.stopPropagation()}>
          <View className='read-aloud__sheet' role='dialog' aria-label='读一读'>
            <Text className='read-aloud__title'>读一读</Text>
            <ScrollView scrollY className='read-aloud__scroll'>
              <Text className='read-aloud__text'>{text}</Text>
            </ScrollView>
            <Button onClick={() => setShowing(false)}>关闭</Button>
          </View>
        </View>
      )}
    </View>
  )
}
