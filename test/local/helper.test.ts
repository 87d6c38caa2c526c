import { seedAvailable } from '../../local/seed'
import { testRuntime } from '../helpers/runtime'
import { ensureBrands } from './fixtures/brands'

describe('testRuntime, the helper route tests use', () => {
  it('calls routes by name with typed results', async () => {
    const t = await testRuntime()
    try {
      ensureBrands(t.runtime)
      const brands = await t.api(null, 'catalog/brands', {})
      expect(brands.ok && brands.data.map((b) => b.id)).toEqual([
        'mifen',
        'jiazheng',
        'jiangong',
        'cixiu',
      ])
      const me = await t.api('demo-worker', 'session/whoami')
      expect(me).toMatchObject({ ok: true, data: { openid: 'demo-worker' } })
      expect(await t.raw('demo-worker', { route: 'no/such' })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
    } finally {
      t.close()
    }
  })

  it('starts from the demo data by default and from nothing with seed: false', async () => {
    const seeded = await testRuntime()
    const empty = await testRuntime({ seed: false })
    try {
      expect(empty.runtime.store.isEmpty()).toBe(true)
      expect(seeded.runtime.store.isEmpty()).toBe(!seedAvailable())
    } finally {
      seeded.close()
      empty.close()
    }
  })
})
