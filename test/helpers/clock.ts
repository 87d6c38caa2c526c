/**
 * The world's clock in a test: moves `Date` (and `Date.now()`) to a chosen instant, as the
 * platform's timer would fire then. Timers, microtasks and I/O keep running for real.
 */
const REAL: Parameters<typeof jest.useFakeTimers>[0] = {
  doNotFake: [
    'hrtime',
    'nextTick',
    'performance',
    'queueMicrotask',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'setImmediate',
    'clearImmediate',
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
  ],
}

/** From now on `new Date()` is `at` (epoch ms or ISO) until the next setClock or realClock. */
export function setClock(at: number | string): void {
  jest.useFakeTimers(REAL)
  jest.setSystemTime(typeof at === 'string' ? Date.parse(at) : at)
}

/** Back to the machine's clock. */
export function realClock(): void {
  jest.useRealTimers()
}
