import { create } from 'zustand'
import { persist } from 'zustand/middleware'
import type { BrandId, CountyName } from '../../types/catalog'
import type { Education, Profile, WorkerGroup, WorkPlace } from '../../types/profile'
import type { OwnProfile, ProfileInput } from '../../types/training'
import { normalizeIdNumber } from '../domain/id-card'
import { normalizePhone } from '../domain/phone'
import { callApi } from '../services/call-api'
import { sessionOwner } from '../services/session'
import type { LoadStatus } from './load-status'
import { taroStorage } from './storage'

/** The profile form as the person fills it in; pickers leave a field undefined until chosen. */
export interface ProfileDraft {
  name: string
  phone: string
  idNumber: string
  county?: CountyName
  township?: string
  group?: WorkerGroup
  education?: Education
  brands: BrandId[]
  occupations: string[]
  places: WorkPlace[]
  minPay?: number
}

export const EMPTY_DRAFT: ProfileDraft = {
  name: '',
  phone: '',
  idNumber: '',
  brands: [],
  occupations: [],
  places: [],
}

/** The form filled from a stored profile (the ID number only when the back end could read it). */
export function draftFromProfile(p: OwnProfile): ProfileDraft {
  return {
    name: p.name,
    phone: p.phone,
    idNumber: p.idNumber ?? '',
    county: p.county,
    township: p.township,
    group: p.group,
    education: p.education,
    brands: [...p.wishes.brands],
    occupations: [...p.wishes.occupations],
    places: [...p.wishes.places],
    minPay: p.wishes.minPay,
  }
}

/** What `profile/save` takes, or null while a required picker is still empty. */
export function toProfileInput(d: ProfileDraft, consent: boolean): ProfileInput | null {
  if (!d.county || !d.group) return null
  const input: ProfileInput = {
    name: d.name.trim(),
    phone: normalizePhone(d.phone),
    idNumber: normalizeIdNumber(d.idNumber),
    county: d.county,
    group: d.group,
    wishes: { brands: d.brands, occupations: d.occupations, places: d.places },
    consent,
  }
  if (d.township) input.township = d.township
  if (d.education) input.education = d.education
  if (d.minPay !== undefined) input.wishes.minPay = d.minPay
  return input
}

/** Whose phone data this is: the signed-in session on H5, the one WeChat user on weapp. */
export const currentOwner = (): string => sessionOwner()

export interface ProfileState {
  owner: string | null
  /** The person agreed to the privacy terms (on this phone, or earlier when they saved). */
  consent: boolean
  draft: ProfileDraft
  /** Something was typed since the last load or save: the draft wins over the stored profile. */
  dirty: boolean
  saved: OwnProfile | null
  status: LoadStatus
  error: string | null
  saving: boolean
  /** Starts the form for whoever is signed in now; another person's draft is dropped. */
  open: () => void
  /** Loads the stored profile; fills the form from it unless the person has typed since. */
  load: () => Promise<void>
  agree: () => void
  update: (patch: Partial<ProfileDraft>) => void
  /** Saves the form (with consent). Throws ApiError with the back end's reason. */
  save: () => Promise<Profile>
}

/** The worker's profile form: kept on the phone while half filled, so nothing typed is lost. */
export const useProfileStore = create<ProfileState>()(
  persist(
    (set, get) => ({
      owner: null,
      consent: false,
      draft: EMPTY_DRAFT,
      dirty: false,
      saved: null,
      status: 'idle',
      error: null,
      saving: false,

      open() {
        const owner = currentOwner()
        if (get().owner === owner) return
        set({
          owner,
          consent: false,
          draft: EMPTY_DRAFT,
          dirty: false,
          saved: null,
          status: 'idle',
          error: null,
        })
      },

      async load() {
        set({ status: 'loading', error: null })
        try {
          const saved = await callApi('profile/get', {}, { retry: true })
          set((s) => ({
            saved,
            status: 'ready',
            consent: s.consent || saved !== null,
            draft: saved && !s.dirty ? draftFromProfile(saved) : s.draft,
          }))
        } catch (err) {
          set({ status: 'error', error: (err as Error).message })
        }
      },

      agree: () => set({ consent: true }),

      update: (patch) => set((s) => ({ draft: { ...s.draft, ...patch }, dirty: true })),

      async save() {
        const { draft, consent } = get()
        const input = toProfileInput(draft, consent)
        if (!input) throw new Error('请选择区县和人员类别')
        set({ saving: true })
        try {
          // A repeat replaces the one profile, so a retry after a timeout is harmless.
          const profile = await callApi('profile/save', input, { retry: true })
          set({
            saved: { ...profile, idNumber: input.idNumber },
            draft: draftFromProfile({ ...profile, idNumber: input.idNumber }),
            dirty: false,
          })
          return profile
        } finally {
          set({ saving: false })
        }
      },
    }),
    {
      name: 'profile-draft',
      version: 1,
      storage: taroStorage,
      // Only a half-filled form stays on the phone; once saved, the back end holds it.
      partialize: (s) => ({
        owner: s.owner,
        consent: s.consent,
        dirty: s.dirty,
        draft: s.dirty ? s.draft : EMPTY_DRAFT,
      }),
    },
  ),
)
