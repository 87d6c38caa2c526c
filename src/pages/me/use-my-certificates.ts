import { useCallback, useState } from 'react'
import type { MyEnrollment } from '../../../types/training'
import { callApi } from '../../services/call-api'
import type { LoadStatus } from '../../stores/load-status'

/** A completed course with its certificate, as 我的 lists it. */
export type EarnedCertificate = MyEnrollment & {
  certificate: NonNullable<MyEnrollment['certificate']>
}

export interface MyCertificates {
  certificates: EarnedCertificate[]
  status: LoadStatus
  error: string | null
  /** Loads the certificates of the signed-in worker (from 我的报名). */
  load: () => Promise<void>
}

const earned = (e: MyEnrollment): e is EarnedCertificate =>
  e.status === 'completed' && e.certificate !== undefined

/** The certificates section of 我的: completed courses that carry a certificate. */
export function useMyCertificates(): MyCertificates {
  const [certificates, setCertificates] = useState<EarnedCertificate[]>([])
  const [status, setStatus] = useState<LoadStatus>('idle')
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setStatus('loading')
    setError(null)
    try {
      const mine = await callApi('enroll/mine', {}, { retry: true })
      setCertificates(mine.items.filter(earned))
      setStatus('ready')
    } catch (err) {
      setError((err as Error).message)
      setStatus('error')
    }
  }, [])

  return { certificates, status, error, load }
}
