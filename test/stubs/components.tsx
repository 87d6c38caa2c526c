/**
 * Stand-ins for `@tarojs/components` in component tests: each renders a plain DOM element and
 * keeps only the props the DOM understands (class, style, click, disabled, src, aria-*, data-*).
 */
import { createElement, forwardRef, type ReactNode } from 'react'

type HostProps = Record<string, unknown> & { children?: ReactNode }

const DOM_PROP = /^(className|id|onClick|disabled|src|alt|value|onInput|placeholder)$|^(aria|data)-/

function host(tag: string, name: string) {
  const Component = forwardRef<HTMLElement, HostProps>(function Host(props, ref) {
    const domProps: Record<string, unknown> = { ref }
    for (const [key, value] of Object.entries(props)) {
      if (DOM_PROP.test(key)) domProps[key] = value
    }
    // Taro accepts a style string; React DOM only takes objects.
    if (props.style && typeof props.style === 'object') domProps.style = props.style
    if (props.loading) domProps['aria-busy'] = true
    // Taro's input events carry the text in `detail.value`, as pages read it.
    const onInput = props.onInput as ((e: unknown) => void) | undefined
    if (onInput && (tag === 'input' || tag === 'textarea')) {
      domProps.onInput = (e: { target: { value: string } }) =>
        onInput(Object.assign(e, { detail: { value: e.target.value } }))
    }
    return createElement(tag, domProps, props.children as ReactNode)
  })
  Component.displayName = name
  return Component
}

export const View = host('div', 'View')
export const Text = host('span', 'Text')
export const Button = host('button', 'Button')
export const Image = host('img', 'Image')
export const ScrollView = host('div', 'ScrollView')
export const Swiper = host('div', 'Swiper')
export const SwiperItem = host('div', 'SwiperItem')
export const Navigator = host('a', 'Navigator')
export const Input = host('input', 'Input')
export const Textarea = host('textarea', 'Textarea')
export const Label = host('label', 'Label')
export const Form = host('form', 'Form')
export const Picker = host('div', 'Picker')
export const Switch = host('input', 'Switch')
export const RichText = host('div', 'RichText')
