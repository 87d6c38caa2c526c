import { useCallback, useState } from 'react'
import type { MyEnrollment } from '../../../types/training'
import { callApi } from '../../services/call-api'
import type { LoadStatus } from '../../stores/load-status'

/** A completed course with its certificate, as 我的 lists it. */
export type EarnedCertificate = MyEnrollment & {
  certificate: NonNullable<MyEnrollment['certificate']>
}

export interface MeSummary {
  /** Unread inbox messages; null until known (or when the inbox could not be reached). */
  unread: number | null
  certificates: EarnedCertificate[]
  certificatesStatus: LoadStatus
  certificatesError: string | null
  /** Loads the unread count and the certificates of the signed-in worker. */
  load: () => Promise<void>
}

const earned = (e: MyEnrollment): e is EarnedCertificate =>
  e.status === 'completed' && e.certificate !== undefined

/** What 我的 shows beyond the session: unread messages and certificates. */
export function useMeSummary(): MeSummary {
  const [unread, setUnread] = useState<number | null>(null)
  const [certificates, setCertificates] = useState<EarnedCertificate[]>([])
  const [certificatesStatus, setStatus] = useState<LoadStatus>('idle')
  const [certificatesError, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    setStatus('loading')
    setError(null)
    const [inbox, mine] = await Promise.allSettled([
      callApi('inbox/list', { page: 1, pageSize: 1 }, { retry: true }),
      callApi('enroll/mine', {}, { retry: true }),
    ])
    // The count is a hint on the 消息 entry; without it the entry still opens the inbox.
    setUnread(inbox.status === 'fulfilled' ? inbox.value.unread : null)
    if (mine.status === 'fulfilled') {
      setCertificates(mine.value.items.filter(earned))
      setStatus('ready')
    } else {
      setError((mine.reason as Error).message)
      setStatus('error')
    }
  }, [])

  return { unread, certificates, certificatesStatus, certificatesError, load }
}
