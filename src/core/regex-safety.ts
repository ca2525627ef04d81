/**
 * A conservative static screen for regular expressions that can backtrack catastrophically
 * (a policy, which a pull request can bring, supplies them, and JavaScript's engine has no time
 * limit): a group repeated without bound (`*`, `+`, `{n,}`) that itself holds a quantifier or an
 * alternation (`(a+)+`, `(a|a)*`, `(\w+\s?)*`), and backreferences. Some safe patterns are refused
 * too; a policy's patterns are short words, so that costs nothing.
 */

/** The longest pattern a policy may hold, and the longest text one is tested on. */
export const MAX_PATTERN_LENGTH = 200
export const MAX_TESTED_LENGTH = 500

/** Why the pattern is refused, or undefined when it passes the screen. */
export function backtrackingRisk(pattern: string): string | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) return `it is longer than ${MAX_PATTERN_LENGTH} characters`
  const groups: { risky: boolean }[] = [{ risky: false }]
  let lastGroupRisky = false // the group that just closed held a quantifier or an alternation
  let afterGroup = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    const top = groups[groups.length - 1]
    if (c === '\\') {
      const next = pattern[i + 1] ?? ''
      if (/[1-9k]/.test(next)) return 'it uses a backreference'
      i++
      afterGroup = false
      continue
    }
    if (c === '[') {
      // a character class: skip to its end
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++
      afterGroup = false
      continue
    }
    if (c === '(') {
      groups.push({ risky: false })
      afterGroup = false
      continue
    }
    if (c === ')') {
      const closed = groups.length > 1 ? groups.pop()! : { risky: false }
      lastGroupRisky = closed.risky
      // what a group holds, its parent holds
      if (closed.risky) groups[groups.length - 1].risky = true
      afterGroup = true
      continue
    }
    if (c === '|') {
      top.risky = true
      afterGroup = false
      continue
    }
    const unbounded = c === '*' || c === '+' || (c === '{' && /^\{\d*,\}/.test(pattern.slice(i)))
    const bounded = c === '?' || (c === '{' && /^\{\d+(,\d+)?\}/.test(pattern.slice(i)))
    if (unbounded || bounded) {
      if (unbounded && afterGroup && lastGroupRisky) return 'a group that holds a quantifier or an alternation is repeated without bound (e.g. (a+)+ or (a|b)*), which can take exponential time'
      if (unbounded) top.risky = true
      if (c === '{') i = pattern.indexOf('}', i)
      afterGroup = false
      continue
    }
    afterGroup = false
  }
  return undefined
}
