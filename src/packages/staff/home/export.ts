import Taro from '@tarojs/taro'

/** What happened to an export: a file was saved (H5) or the text was copied (weapp). */
export type ExportOutcome = 'downloaded' | 'copied'

/**
 * Hands a CSV to the person: a file download in the browser; in the mini-program, where pages
 * cannot save files to the phone, the text goes to the clipboard to paste into a spreadsheet.
 */
export async function exportCsv(fileName: string, csv: string): Promise<ExportOutcome> {
  if (process.env.TARO_ENV === 'h5') {
    // The byte-order mark makes Excel read the Chinese as UTF-8.
    const blob = new Blob(['\ufeff', csv], { type: 'text/csv;charset=utf-8' })
    const url = URL.createObjectURL(blob)
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
    return 'downloaded'
  }
  await Taro.setClipboardData({ data: csv })
  return 'copied'
}
