import qrcode from 'qrcode-generator'

/** A dark run of modules on one row: where it starts and how many modules long it is. */
export interface QrRun {
  row: number
  col: number
  length: number
}

/** The code's modules as dark runs per row, and the module count (side length). */
export function qrRuns(value: string): { size: number; runs: QrRun[] } {
  const qr = qrcode(0, 'M')
  qr.addData(value)
  qr.make()
  const size = qr.getModuleCount()
  const runs: QrRun[] = []
  for (let row = 0; row < size; row++) {
    let col = 0
    while (col < size) {
      if (!qr.isDark(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < size && qr.isDark(row, col)) col++
      runs.push({ row, col: start, length: col - start })
    }
  }
  return { size, runs }
}
