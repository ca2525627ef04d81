/** Where a new model file goes, checked before anything touches the disk, and writing it. */
import { lstatSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { asFault, CurateError } from '../core/errors.js'
import { isPlainId } from '../core/draft.js'
import type { Kind } from '../core/types.js'
import { writeFileAtomic } from './fs.js'

/**
 * `<storeDir>/<kind>/<id>.json`, refusing ids that are not plain (a "/", "..", anything that
 * would leave the folder) and a kind folder that is a link (it could point anywhere).
 */
export function newModelPath(storeDir: string, kind: Kind, id: string): string {
  if (!isPlainId(id))
    throw new CurateError(`refusing id "${id}": not a plain id, it cannot be a file name in ${kind}/`, {
      hint: 'Ids are lowercase letters, digits, "." and "-", starting and ending with a letter or digit, no ".." or "/" (for example "gpt-5-nano").',
      exitCode: 2,
    })
  const dir = path.resolve(storeDir, kind)
  // Joined by hand: ncc rewrites path.resolve(dir, `${id}.json`) into a bundled-asset path.
  const target = path.normalize(dir + path.sep + id + '.json')
  if (path.dirname(target) !== dir) throw new CurateError(`refusing id "${id}": it would leave ${dir}`, { exitCode: 2 })
  try {
    if (lstatSync(dir).isSymbolicLink()) throw new CurateError(`refusing to write into ${dir}: it is a symbolic link`, { hint: 'The store keeps model files in plain folders.', exitCode: 2 })
  } catch (err) {
    if (err instanceof CurateError) throw err
  }
  return target
}

/** Writes a new model file atomically; never replaces an existing one. */
export function writeNewModel(target: string, text: string): void {
  mkdirSync(path.dirname(target), { recursive: true })
  try {
    writeFileAtomic(target, text, { exclusive: true })
  } catch (err) {
    if (err instanceof CurateError) throw new CurateError(err.message, { hint: 'Pick another id: an existing model file is never overwritten.', exitCode: 2 })
    throw asFault(err) ?? new CurateError(`cannot write ${target}: ${(err as Error).message}`, { cause: err, exitCode: 2 })
  }
}
