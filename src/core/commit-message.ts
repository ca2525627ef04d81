/**
 * The store's commit convention, judged on the message of a commit that changes model files:
 *   feat: add <Name> model        chore: update <Name> <what>
 *   chore: deprecate <Name>       fix: <what was wrong>
 * and a suggested message built from what the commit changes. Pure: the CLI gathers the message
 * and the staged files.
 */
import type { ModelData } from './types.js'
import { own } from './own.js'

export interface ModelChange {
  status: 'added' | 'modified' | 'deleted'
  path: string
  /** The model as HEAD has it (modified, deleted), when it parses. */
  before?: ModelData
  /** The model as the commit records it (added, modified), when it parses. */
  after?: ModelData
}

export const CONVENTION = ['feat: add <Name> model', 'chore: update <Name> <what changed, e.g. pricing>', 'chore: deprecate <Name>', 'fix: <what was wrong>']

/**
 * The subject line as git will record it: comment lines dropped, everything below the
 * scissors line (`git commit -v`) ignored, surrounding blank lines skipped.
 */
export function subjectOf(message: string, commentChar = '#'): string {
  for (const raw of message.split('\n')) {
    const line = raw.replace(/\r$/, '')
    if (commentChar && line.startsWith(commentChar)) {
      if (/^.\s*-+ >8 -+\s*$/.test(line)) break
      continue
    }
    if (line.trim()) return line.trim()
  }
  return ''
}

/**
 * Messages git or a workflow writes, which the convention does not govern: reverts, fixup/
 * squash/amend commits that an autosquash rebase folds into a judged one, and merges, but only
 * while a merge is in progress (`merging`): otherwise "Merge ..." is a loophole any commit of
 * model files could write.
 */
export function isExempt(subject: string, options: { merging?: boolean } = {}): boolean {
  if (/^Merge /.test(subject)) return options.merging === true
  return /^(Revert "|Reapply "|(fixup|squash|amend)! )/.test(subject)
}

export type Verdict = { ok: true } | { ok: false; problem: string }

const HEADER = /^(feat|chore|fix)(\([^()\s]+\))?(!)?: (\S.*)$/

export function judgeSubject(subject: string, changes: ModelChange[]): Verdict {
  const m = HEADER.exec(subject)
  if (!m) return { ok: false, problem: 'the subject does not start with "feat: ", "chore: " or "fix: "' }
  const [, type, , , rest] = m
  if (type === 'fix') return { ok: true }
  const added = changes.filter((c) => c.status === 'added')
  const modified = changes.filter((c) => c.status === 'modified')
  if (type === 'feat') {
    const add = /^add (.+) models?$/i.exec(rest)
    if (!add) return { ok: false, problem: 'a "feat:" commit of the store reads "feat: add <Name> model"' }
    if (!added.length) return { ok: false, problem: 'the commit adds no model file, so it is not "feat: add"' }
    if (!added.some((c) => mentions(add[1], c))) return { ok: false, problem: `"${add[1]}" names no model this commit adds (it adds ${names(added)})` }
    return { ok: true }
  }
  const update = /^update (.+)$/i.exec(rest)
  if (update) {
    if (!modified.length) return { ok: false, problem: 'the commit changes no existing model file, so it is not "chore: update"' }
    const lower = update[1].toLowerCase()
    const named = modified.some((c) => labels(c).some((l) => lower.startsWith(`${l} `) && lower.slice(l.length).trim() !== ''))
    if (!named) return { ok: false, problem: `"chore: update" is followed by the name of a model it changes (${names(modified)}), then what changed` }
    return { ok: true }
  }
  const deprecate = /^deprecate (.+)$/i.exec(rest)
  if (deprecate) {
    const target = modified.filter((c) => mentions(deprecate[1], c))
    if (!target.length) return { ok: false, problem: `"${deprecate[1]}" names no model this commit changes${modified.length ? ` (it changes ${names(modified)})` : ''}` }
    if (!target.some((c) => c.after?.deprecated === true)) return { ok: false, problem: `the commit does not mark ${names(target)} deprecated ("deprecated": true)` }
    return { ok: true }
  }
  return { ok: false, problem: 'a "chore:" commit of the store reads "chore: update <Name> <what>" or "chore: deprecate <Name>"' }
}

/** The message the convention expects for these changes (undefined when only deletions). */
export function suggestSubject(changes: ModelChange[]): string | undefined {
  const added = changes.filter((c) => c.status === 'added')
  if (added.length) return `feat: add ${names(added)} model${added.length > 1 ? 's' : ''}`
  const modified = changes.filter((c) => c.status === 'modified')
  const deprecating = modified.filter((c) => c.after?.deprecated === true && c.before?.deprecated !== true)
  if (deprecating.length) return `chore: deprecate ${names(deprecating)}`
  if (modified.length) return `chore: update ${names(modified)} ${describeFields(modified)}`
  return undefined
}

/** The fields the changes touch, as words: "pricing", "pricing and context window". */
export function describeFields(changes: ModelChange[]): string {
  const keys: string[] = []
  for (const c of changes) {
    const before = c.before ?? {}
    const after = c.after ?? {}
    for (const k of new Set([...Object.keys(after), ...Object.keys(before)])) {
      if (k === '$schema' || keys.includes(k)) continue
      if (JSON.stringify(own(before, k)) !== JSON.stringify(own(after, k))) keys.push(k)
    }
  }
  if (!keys.length) return 'formatting'
  const words = keys.map((k) => k.replace(/_/g, ' '))
  return words.length > 3 ? `${list(words.slice(0, 3).concat('other fields'))}` : list(words)
}

/** The display name for messages: `name` when it is one clean line, else the id, else the file name. */
export function displayName(c: ModelChange): string {
  const data = c.after ?? c.before
  const plain = (v: unknown) => (typeof v === 'string' && /^[^\u0000-\u001f\u007f-\u009f]{1,80}$/.test(v.trim()) ? v.trim() : undefined)
  return plain(data?.name) ?? plain(data?.id) ?? (c.path.split('/').pop() ?? c.path).replace(/\.json$/, '').replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

/** The lowercase names a message may use for a model: its display name and id, before or after the change. */
function labels(c: ModelChange): string[] {
  const out = new Set([displayName(c).toLowerCase()])
  for (const data of [c.before, c.after]) {
    if (!data) continue
    out.add(displayName({ ...c, before: data, after: data }).toLowerCase())
    if (typeof data.id === 'string' && data.id) out.add(data.id.toLowerCase())
  }
  return [...out]
}

function mentions(text: string, c: ModelChange): boolean {
  const lower = text.toLowerCase()
  return labels(c).some((l) => lower.includes(l))
}

function names(changes: ModelChange[]): string {
  return list([...new Set(changes.map(displayName))])
}

function list(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`
}
