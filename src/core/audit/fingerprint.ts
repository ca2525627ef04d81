/**
 * Fingerprints, and the hidden marker that carries one in an issue body. The marker is an
 * HTML comment GitHub does not render; its value is URI-encoded so no model id or upstream
 * string can close the comment early ("-->") or forge a second marker.
 */

export function fingerprint(rule: string, model: string | undefined, fact: string): string {
  return [rule, model ?? '*', fact].join('|')
}

// The marker is the body's last line: a look-alike quoted earlier in the body is not it.
const MARKER = /<!--\s*leger-curate-audit fingerprint=([A-Za-z0-9%._~!*'()-]+)\s*-->\s*$/

export function markerFor(fp: string): string {
  return `<!-- leger-curate-audit fingerprint=${encodeURIComponent(fp)} -->`
}

/** The fingerprint an issue body carries on its last line, if it carries a well-formed one. */
export function fingerprintIn(body: string | null | undefined): string | undefined {
  const m = body ? MARKER.exec(body) : null
  if (!m) return undefined
  try {
    return decodeURIComponent(m[1])
  } catch {
    return undefined
  }
}

/** The rule and model a fingerprint names (for close comments). */
export function parseFingerprint(fp: string): { rule: string; model?: string; fact: string } {
  const [rule = '', model = '*', ...fact] = fp.split('|')
  return { rule, model: model === '*' ? undefined : model, fact: fact.join('|') }
}
