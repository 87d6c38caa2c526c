import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { RouteInput } from '../../types/api'
import type { BrandId, CertificateType, CountyName } from '../../types/catalog'
import type {
  Application,
  CandidateList,
  EmployerMe,
  Interview,
  Opening,
  OpeningInput,
} from '../../types/jobs'
import type { WorkPlace } from '../../types/profile'
import { callApi, type ApiError } from '../services/call-api'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'

/** What the sign-up form holds while it is being filled in (kept if the app closes). */
export interface RegisterDraft {
  name: string
  uscc: string
  contact: string
  phone: string
}

/** What the posting form holds while it is being filled in; numbers stay text until sent. */
export interface PostDraft {
  brand?: BrandId
  occupation?: string
  title: string
  headcount: string
  payMin: string
  payMax: string
  /** A Liuzhou county or a place outside (广东湛江). */
  place?: CountyName | WorkPlace
  socialInsurance: boolean
  board: boolean
  lodging: boolean
  shift?: string
  /** The certificate the job needs, if any. */
  certificate?: CertificateType
  requirements: string
  description: string
  /** YYYY-MM-DD, Beijing; the opening closes at 23:59 that day. */
  expiresOn?: string
}

export const EMPTY_REGISTER: RegisterDraft = { name: '', uscc: '', contact: '', phone: '' }

export const EMPTY_POST: PostDraft = {
  title: '',
  headcount: '',
  payMin: '',
  payMax: '',
  socialInsurance: false,
  board: false,
  lodging: false,
  requirements: '',
  description: '',
}

export interface EmployerState {
  me: EmployerMe | null
  meStatus: LoadStatus
  meError: string | null
  loadMe: () => Promise<void>
  /** Sends the sign-up for review; the standing becomes 审核中. Throws ApiError. */
  register: (input: RouteInput<'employer/register'>) => Promise<void>

  openings: Opening[]
  openingsStatus: LoadStatus
  openingsError: string | null
  /** The caller has no verified employer: the page offers the sign-up instead. */
  notVerified: boolean
  loadOpenings: () => Promise<void>
  /** Stops recruiting for an opening. Throws ApiError. */
  closeOpening: (id: string) => Promise<void>
  /** Posts an opening (screened by the server: POSTING_REJECTED says why). Throws ApiError. */
  post: (input: OpeningInput) => Promise<Opening>

  candidates: Record<string, CandidateList>
  candidatesStatus: LoadStatus
  candidatesError: string | null
  loadCandidates: (openingId: string) => Promise<void>
  /** Proposes interview times to an applicant. Throws ApiError. */
  proposeInterview: (
    openingId: string,
    input: RouteInput<'employer/interview'>,
  ) => Promise<Interview>
  /** 录用 / 未录用. Throws ApiError. */
  recordOutcome: (openingId: string, applicationId: string, hired: boolean) => Promise<Application>

  registerDraft: RegisterDraft
  setRegisterDraft: (patch: Partial<RegisterDraft>) => void
  postDraft: PostDraft
  setPostDraft: (patch: Partial<PostDraft>) => void
  clearPostDraft: () => void
}

/** The employer's side: sign-up and standing, openings, candidates, interviews and outcomes. */
export const useEmployerStore = create<EmployerState>()(
  persist(
    (set, get) => {
      const patchCandidate = (
        openingId: string,
        applicationId: string,
        patch: (c: CandidateList['applicants'][number]) => CandidateList['applicants'][number],
      ) =>
        set((s) => {
          const list = s.candidates[openingId]
          if (!list) return {}
          const applicants = list.applicants.map((c) =>
            c.applicationId === applicationId ? patch(c) : c,
          )
          return { candidates: { ...s.candidates, [openingId]: { ...list, applicants } } }
        })

      return {
        me: null,
        meStatus: 'idle',
        meError: null,
        async loadMe() {
          set({ meStatus: 'loading', meError: null })
          try {
            set({ me: await callApi('employer/me', {}, { retry: true }), meStatus: 'ready' })
          } catch (err) {
            set({ meStatus: 'error', meError: (err as Error).message })
          }
        },
        async register(input) {
          // One employer per owner and code: sending the same sign-up twice changes nothing.
          await callApi('employer/register', input, { retry: true })
          await get().loadMe()
        },

        openings: [],
        openingsStatus: 'idle',
        openingsError: null,
        notVerified: false,
        async loadOpenings() {
          set({ openingsStatus: 'loading', openingsError: null })
          try {
            const openings = await callApi('employer/openings', {}, { retry: true })
            set({ openings, openingsStatus: 'ready', notVerified: false })
          } catch (err) {
            const code = (err as ApiError).code
            set({
              openingsStatus: 'error',
              openingsError: (err as Error).message,
              notVerified: code === 'EMPLOYER_NOT_VERIFIED' || code === 'FORBIDDEN',
            })
          }
        },
        async closeOpening(id) {
          const closed = await callApi('jobs/close', { id }, { retry: true })
          set((s) => ({ openings: s.openings.map((o) => (o.id === id ? closed : o)) }))
        },
        async post(input) {
          // Not retried: a lost answer must not become two postings.
          const opening = await callApi('jobs/post', input)
          set((s) => ({ openings: [opening, ...s.openings] }))
          return opening
        },

        candidates: {},
        candidatesStatus: 'idle',
        candidatesError: null,
        async loadCandidates(openingId) {
          set({ candidatesStatus: 'loading', candidatesError: null })
          try {
            const list = await callApi('employer/candidates', { openingId }, { retry: true })
            set((s) => ({
              candidates: { ...s.candidates, [openingId]: list },
              candidatesStatus: 'ready',
            }))
          } catch (err) {
            set({ candidatesStatus: 'error', candidatesError: (err as Error).message })
          }
        },
        async proposeInterview(openingId, input) {
          const interview = await callApi('employer/interview', input)
          patchCandidate(openingId, input.applicationId, (c) => ({
            ...c,
            status: 'interview',
            interview: {
              id: interview.id,
              status: interview.status,
              slots: interview.slots,
              mode: interview.mode,
              ...(interview.bookedSlot ? { bookedSlot: interview.bookedSlot } : {}),
            },
          }))
          return interview
        },
        async recordOutcome(openingId, applicationId, hired) {
          const application = await callApi('employer/outcome', { applicationId, hired })
          patchCandidate(openingId, applicationId, (c) => ({ ...c, status: application.status }))
          return application
        },

        registerDraft: EMPTY_REGISTER,
        setRegisterDraft: (patch) =>
          set((s) => ({ registerDraft: { ...s.registerDraft, ...patch } })),
        postDraft: EMPTY_POST,
        setPostDraft: (patch) => set((s) => ({ postDraft: { ...s.postDraft, ...patch } })),
        clearPostDraft: () => set({ postDraft: EMPTY_POST }),
      }
    },
    {
      // Only the half-filled forms are kept on the phone (weak networks, R11).
      name: 'employer-drafts',
      version: 1,
      storage: taroStorage,
      partialize: (s) => ({ registerDraft: s.registerDraft, postDraft: s.postDraft }),
    },
  ),
)
