/**
 * Fault injection for the doors as processes (node --import this file): LEGER_FAULT=CODE:fn:substr
 * makes fs.<fn> throw an errno error CODE for paths containing substr; LEGER_KILL_AT=fn:N
 * kills the process (SIGKILL, no cleanup) at the N-th call of fs.<fn>, before it runs.
 */
import fs from 'node:fs'
import { syncBuiltinESMExports } from 'node:module'

const fault = process.env.LEGER_FAULT
if (fault) {
  const [code, fn, substr = ''] = fault.split(':')
  const real = fs[fn]
  fs[fn] = function (...args) {
    const p = String(args[0])
    if (p.includes(substr)) {
      const err = new Error(`${code}: injected, ${fn} '${p}'`)
      Object.assign(err, { code, syscall: fn.replace(/Sync$/, '').toLowerCase().replace('writefile', 'open'), path: p })
      throw err
    }
    return real.apply(this, args)
  }
}
const kill = process.env.LEGER_KILL_AT
if (kill) {
  const [fn, n] = kill.split(':')
  const real = fs[fn]
  let calls = 0
  fs[fn] = function (...args) {
    if (++calls === Number(n)) process.kill(process.pid, 'SIGKILL')
    return real.apply(this, args)
  }
}
syncBuiltinESMExports()
