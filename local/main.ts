import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createRuntime } from './cloud'
import { reconcileAtStart } from './reconcile'
import { secretsFileOf } from './secrets'
import { reseed, seedAvailable, seedIfEmpty } from './seed'
import { startServer } from './server'
import { startTimers } from './timers'

/**
 * `npm start`: opens the durable store (.local-data/liuzhou.sqlite, or LOCAL_DB), seeds the Liuzhou
 * demo data if it is empty, and serves dist/h5 and the functions on 127.0.0.1:PORT (8787).
 * Reconciles every counter with its records, then runs the scheduler's timer tasks (matching pass,
 * event reminders, reconcile) as the cloud's timers would.
 * `--reset` replaces the data with fresh demo data and exits (`npm run reset`).
 */
async function main() {
  const root = resolve(__dirname, '..')
  const file = process.env.LOCAL_DB || join(root, '.local-data', 'liuzhou.sqlite')
  const port = Number.parseInt(process.env.PORT ?? '', 10) || 8787
  const olderStore = existsSync(file) && !existsSync(secretsFileOf(file))
  const runtime = await createRuntime({ file })
  if (olderStore)
    console.warn(
      `这个本地数据库还没有自己的密钥，已新生成 ${secretsFileOf(file)}；以前存的身份证号读不出来时请运行 npm run reset`,
    )

  if (process.argv.includes('--reset')) {
    await reseed(runtime)
    runtime.close()
    console.log(`已重新写入柳州演示数据：${file}`)
    return
  }
  if (!seedAvailable()) console.warn('还没有演示数据模块 database/seed，数据库保持原样')
  else if (await seedIfEmpty(runtime)) console.log(`已写入柳州演示数据：${file}`)
  // A previous run may have been killed between a record's write and its counter's.
  await reconcileAtStart(runtime)

  const server = await startServer({
    port,
    host: '127.0.0.1',
    runtime,
    staticDir: join(root, 'dist', 'h5'),
  }).catch((err) => {
    runtime.close()
    if ((err as { code?: string }).code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用：关掉占用它的程序，或用 PORT=其他端口 npm start`)
      process.exit(1)
    }
    throw err
  })
  console.log(`柳州劳务品牌 running at ${server.url}`)
  const stopTimers = startTimers(runtime)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    stopTimers()
    server.close().finally(() => {
      runtime.close()
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
