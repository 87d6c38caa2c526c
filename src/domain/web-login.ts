/** What the desktop sign-in QR code carries: a prefix the mini-program recognises, and the ticket. */
const PREFIX = 'LZWEB1:'

/** The text of the sign-in QR code for `ticket`. */
export function webLoginQrText(ticket: string): string {
  return `${PREFIX}${ticket}`
}

/** The ticket in a scanned text, or null when the code is not a desktop sign-in code. */
export function ticketFromQrText(text: string): string | null {
  const value = text.trim()
  if (!value.startsWith(PREFIX)) return null
  const ticket = value.slice(PREFIX.length)
  return /^[A-Za-z0-9_-]{20,64}$/.test(ticket) ? ticket : null
}
