import { useCallback, useEffect, useRef, useState } from 'react'
import type { WebLoginTicket } from '../../../types/session'
import { callApi, type ApiError } from '../../services/call-api'

/** How often the page asks whether the QR code was confirmed on the phone. */
export const POLL_MS = 2000

export type WebLoginPhase = 'loading' | 'waiting' | 'signing-in' | 'error'

/**
 * Scan-to-sign-in on the desktop page: a ticket for the QR code, asked for anew when it runs out
 * (2 minutes), polled until the phone confirms; then `onToken` gets the session token, once.
 */
export function useWebLogin(onToken: (token: string) => void) {
  const [ticket, setTicket] = useState<WebLoginTicket | null>(null)
  const [phase, setPhase] = useState<WebLoginPhase>('loading')
  const [error, setError] = useState<string | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const done = useRef(false)
  const latestToken = useRef(onToken)
  latestToken.current = onToken

  const refresh = useCallback(async () => {
    setPhase('loading')
    try {
      setTicket(await callApi('session/webLogin/start', {}, { retry: true }))
      setPhase('waiting')
      setError(null)
    } catch (err) {
      setPhase('error')
      setError((err as ApiError).message)
    }
  }, [])

  useEffect(() => {
    refresh()
  }, [refresh])

  useEffect(() => {
    if (!ticket || phase !== 'waiting') return undefined
    let stopped = false
    const timer = setInterval(async () => {
      setNow(Date.now())
      if (Date.now() >= Date.parse(ticket.expiresAt)) {
        clearInterval(timer)
        refresh()
        return
      }
      try {
        const answer = await callApi('session/webLogin/poll', { ticket: ticket.ticket })
        if (stopped || done.current) return
        if (answer.status === 'confirmed' && answer.token) {
          done.current = true
          clearInterval(timer)
          setPhase('signing-in')
          latestToken.current(answer.token)
        } else if (answer.status === 'expired') {
          clearInterval(timer)
          refresh()
        }
      } catch {
        // A missed poll on a weak network: the next one asks again.
      }
    }, POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [ticket, phase, refresh])

  const secondsLeft = ticket
    ? Math.max(0, Math.ceil((Date.parse(ticket.expiresAt) - now) / 1000))
    : 0
  return { ticket, phase, error, secondsLeft, refresh }
}
