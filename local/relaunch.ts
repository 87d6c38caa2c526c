import { spawn } from 'node:child_process'

/**
 * tsx 4.19.2 mis-compiles the `.mjs` files Node ≥ 20.19 loads through require(esm) (wx-server-sdk
 * reaches get-intrinsic → async-function/require.mjs: "SyntaxError: Unexpected string"). Until tsx
 * is bumped (4.19.3 fixes it), entry scripts run themselves again once with require(esm) off.
 * Returns true in the parent, which must then do nothing else.
 */
export function relaunchWithoutRequireEsm(): boolean {
  if (!(process.features as { require_module?: boolean }).require_module) return false
  const child = spawn(
    process.execPath,
    ['--no-experimental-require-module', ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: 'inherit',
    },
  )
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
  return true
}
