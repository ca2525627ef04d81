import { hfPinnedRule } from '../../../src/core/rules/online/hf-pinned.js'
import { hubOk, local, ruleTester } from './tester.js'

const QWEN = 'Qwen/Qwen3-4B-GGUF'
const HASH = 'a'.repeat(64)
const OTHER = 'b'.repeat(64)
const REV = 'c'.repeat(40)
/** The Hub's answer with the Q4_K_M file's lfs.sha256 and what it says of the pinned revision. */
const hub = (sha256: string, revision?: 'ok' | 'not-found') => {
  const ok = hubOk()
  if (ok.status !== 'ok') throw new Error('unreachable')
  const siblings = (ok.info.siblings ?? []).map((s) => (s.rfilename === 'Qwen3-4B-Q4_K_M.gguf' ? { ...s, lfs: { ...s.lfs, sha256 } } : s))
  return { ...ok, info: { ...ok.info, siblings }, ...(revision ? { revisions: { [REV]: revision } } : {}) }
}

ruleTester(hfPinnedRule, {
  valid: [
    { name: 'an unpinned file', files: [local()], hf: { [QWEN]: hub(OTHER) } },
    { name: 'a hash the Hub still gives, at a revision it still has', files: [local({ sha256: HASH, revision: REV })], hf: { [QWEN]: hub(HASH, 'ok') } },
    { name: 'a Hub that gives no hash is not compared', files: [local({ sha256: HASH })], hf: { [QWEN]: hubOk({ siblings: [{ rfilename: 'Qwen3-4B-Q4_K_M.gguf', size: 1 }] }) } },
    { name: 'an unreachable Hub is upstream-unreachable\'s', files: [local({ sha256: HASH })], hf: { [QWEN]: { status: 'unreachable', message: 'down' } } },
  ],
  invalid: [
    {
      name: 'a file replaced upstream, at sha256',
      files: [local({ sha256: HASH })],
      hf: { [QWEN]: hub(OTHER) },
      errors: [{ line: 10, column: 13, message: `the file was replaced upstream: Qwen3-4B-Q4_K_M.gguf now has sha256 ${OTHER}, not ${HASH}` }],
    },
    { name: 'a revision that no longer exists is a warning', files: [local({ sha256: HASH, revision: REV })], hf: { [QWEN]: hub(HASH, 'not-found') }, errors: [{ severity: 'warning', message: `revision ${REV} no longer exists in "${QWEN}"` }] },
    { name: 'as many hashes as shards', files: [local({ sha256: [HASH, OTHER] })], hf: { [QWEN]: hub(HASH) }, errors: [{ message: 'sha256 lists 2 hashes for 1 file' }] },
  ],
})
