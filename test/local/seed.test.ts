import { demoIdNumbers } from '../../database/seed'
import { COLLECTIONS } from '../../src/domain/collections'
import { testRuntime } from '../helpers/runtime'

describe('the demo data the runtime seeds', () => {
  it('stores ID numbers encrypted; profile/get shows each demo person their own in full', async () => {
    const t = await testRuntime()
    try {
      const ids = demoIdNumbers()
      const stored = t.runtime.store.get(COLLECTIONS.profiles, 'demo-worker')
      expect(stored).toMatchObject({ idNumberEnc: expect.stringMatching(/^v1:/) })
      expect(JSON.stringify(stored)).not.toContain(ids['demo-worker'])

      const worker = await t.api('demo-worker', 'profile/get')
      expect(worker.ok && worker.data).toMatchObject({
        idNumber: ids['demo-worker'],
        idNumberMasked: expect.stringContaining('*'),
      })
      const trainee = await t.api('demo-trainee', 'profile/get')
      expect(trainee.ok && trainee.data?.idNumber).toBe(ids['demo-trainee'])
      expect(ids['demo-trainee']).not.toBe(ids['demo-worker'])
    } finally {
      t.close()
    }
  })
})
