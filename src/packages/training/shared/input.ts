/**
 * What was typed, from an input event: Taro puts the value in `detail`; a plain DOM input event
 * (as in component tests) carries it on the target.
 */
export function inputValue(e: { detail?: { value?: string }; target?: unknown }): string {
  return e.detail?.value ?? (e.target as { value?: string } | null | undefined)?.value ?? ''
}
