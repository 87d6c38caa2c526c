/**
 * Finds calls of WeChat (Taro) APIs that break the platform's documented limits, read from the
 * source with the TypeScript parser:
 * - `showModal`: `confirmText` / `cancelText` at most 4 characters (longer, the dialog throws and
 *   never shows);
 * - `showToast` with an icon (the default is `success`): the title shows at most 7 Chinese
 *   characters (a Latin letter or digit is half of one), so it must be text known in the code;
 * - `navigateTo`: the page stack holds 10 pages and navigateTo fails beyond, so pages open through
 *   `openPage` (src/services/navigate.ts), which replaces the top page at the limit.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'

export const MODAL_BUTTON_MAX_CHARS = 4
export const TOAST_ICON_TITLE_MAX_WIDTH = 14
export const NAVIGATE_HELPER = 'src/services/navigate.ts'

/** Display width as WeChat counts it: a CJK character is 2, anything else 1. */
export function textWidth(text: string): number {
  return [...text].reduce((w, ch) => w + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0)
}

/** The string values an expression can have, when the code fixes them; null when it does not. */
function staticStrings(node: ts.Expression, file: ts.SourceFile): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text]
  if (ts.isParenthesizedExpression(node)) return staticStrings(node.expression, file)
  if (ts.isConditionalExpression(node)) {
    const a = staticStrings(node.whenTrue, file)
    const b = staticStrings(node.whenFalse, file)
    return a && b ? [...a, ...b] : null
  }
  if (ts.isTemplateExpression(node)) {
    let values = [node.head.text]
    for (const span of node.templateSpans) {
      const parts = staticStrings(span.expression, file)
      if (!parts) return null
      values = values.flatMap((v) => parts.map((p) => v + p + span.literal.text))
    }
    return values
  }
  if (ts.isIdentifier(node)) {
    let found: string[] | null = null
    const visit = (n: ts.Node) => {
      if (
        ts.isVariableDeclaration(n) &&
        ts.isIdentifier(n.name) &&
        n.name.text === node.text &&
        n.initializer &&
        ts.getCombinedNodeFlags(n) & ts.NodeFlags.Const
      )
        found = staticStrings(n.initializer, file)
      ts.forEachChild(n, visit)
    }
    visit(file)
    return found
  }
  return null
}

function property(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of obj.properties)
    if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name)
      return p.initializer
  return undefined
}

/** The limit problems of one source file, each `path:line: what is wrong`. */
export function scanSource(path: string, text: string): string[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const out: string[] = []
  const at = (node: ts.Node, what: string) =>
    out.push(`${path}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${what}`)

  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      ts.isIdentifier(node.expression.expression) &&
      ['Taro', 'wx'].includes(node.expression.expression.text)
    ) {
      const api = node.expression.name.text
      const arg = node.arguments[0]
      const options = arg && ts.isObjectLiteralExpression(arg) ? arg : undefined
      if (api === 'navigateTo' && path !== NAVIGATE_HELPER)
        at(node, 'navigateTo: open pages with openPage() (the page stack holds 10)')
      if (api === 'showModal' && options) {
        for (const key of ['confirmText', 'cancelText']) {
          const value = property(options, key)
          if (!value) continue
          const texts = staticStrings(value, file)
          if (!texts) at(value, `showModal ${key}: not text the code fixes, so not checkable`)
          for (const t of texts ?? [])
            if ([...t].length > MODAL_BUTTON_MAX_CHARS)
              at(value, `showModal ${key} "${t}" is over ${MODAL_BUTTON_MAX_CHARS} characters`)
        }
      }
      if (api === 'showToast' && options) {
        const icon = property(options, 'icon')
        const icons = icon ? staticStrings(icon, file) : ['success']
        const title = property(options, 'title')
        if (title && !(icons && icons.every((i) => i === 'none'))) {
          const texts = staticStrings(title, file)
          if (!texts)
            at(title, "showToast with an icon: the title must be fixed text (or icon 'none')")
          for (const t of texts ?? [])
            if (textWidth(t) > TOAST_ICON_TITLE_MAX_WIDTH)
              at(title, `showToast title "${t}" is over 7 Chinese characters with an icon`)
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return out
}

/** Every problem under `dir` (src), paths relative to `root`. */
export function scanTree(root: string, dir = 'src'): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d, { withFileTypes: true }).flatMap((e) => {
      const p = join(d, e.name)
      if (e.isDirectory()) return walk(p)
      return /\.(ts|tsx)$/.test(e.name) ? [p] : []
    })
  return walk(join(root, dir)).flatMap((p) =>
    scanSource(relative(root, p).split(sep).join('/'), readFileSync(p, 'utf8')),
  )
}
