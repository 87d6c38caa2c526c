import { useEffect, useState } from 'react'

/** The width from which the H5 build lays pages out for a desk (see app.scss). */
export const DESKTOP_MIN_WIDTH = 1024

const QUERY = `(min-width: ${DESKTOP_MIN_WIDTH}px)`

function matches(): boolean {
  if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined' || !window.matchMedia)
    return false
  return window.matchMedia(QUERY).matches
}

/** Whether this is a desk-sized browser window (H5 only; always false in the mini-program). */
export function useDesktop(): boolean {
  const [desktop, setDesktop] = useState(matches)
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || typeof window === 'undefined' || !window.matchMedia)
      return undefined
    const media = window.matchMedia(QUERY)
    const update = () => setDesktop(media.matches)
    media.addEventListener('change', update)
    return () => media.removeEventListener('change', update)
  }, [])
  return desktop
}
