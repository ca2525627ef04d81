/**
 * The container images the rendered units run, pinned in one place: `images.json` beside the
 * templates (the toolkit's own, or --templates DIR). Moving a pin is an edit of that file and a
 * re-render; nothing else names an image.
 */
import { CurateError } from './errors.js'

export interface ImagePins {
  litellm: string
  'llama-swap': string
}

export const IMAGE_KEYS = ['litellm', 'llama-swap'] as const

/**
 * registry/path:tag, optionally @sha256:digest. A tag that moves ("latest", "main-stable",
 * llama-swap's nightly "unified-vulkan") is refused unless a digest pins it: a moving tag changes
 * under a running deployment, which is what pinning prevents.
 */
const PINNED = /^[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]+)?(\/[a-z0-9]([a-z0-9._-]*[a-z0-9])?)+:[A-Za-z0-9_][A-Za-z0-9._-]{0,127}(@sha256:[0-9a-f]{64})?$/
const FLOATING = /:(latest|main|main-stable|main-latest|stable|cpu|cuda|cuda13|vulkan|intel|musa|rocm|unified-[a-z0-9]+)$/

/** Reads and checks images.json's text; `where` names the file in errors. */
export function parseImagePins(text: string | undefined, where: string): ImagePins {
  const hint = `${where} maps "litellm" and "llama-swap" to {"image": "registry/name:version", "source": "..."}.`
  if (text === undefined) throw new CurateError(`${where} is missing: the images are pinned there`, { hint })
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    throw new CurateError(`${where} is not valid JSON: ${(err as Error).message}`, { hint })
  }
  const out: Partial<ImagePins> = {}
  for (const key of IMAGE_KEYS) {
    const entry = data && typeof data === 'object' ? (data as Record<string, unknown>)[key] : undefined
    const image = entry && typeof entry === 'object' ? (entry as Record<string, unknown>).image : undefined
    if (typeof image !== 'string' || !PINNED.test(image))
      throw new CurateError(`${where}: "${key}" needs an image pinned to a version tag, got ${JSON.stringify(image ?? null)}`, { hint })
    if (FLOATING.test(image)) throw new CurateError(`${where}: "${key}" is ${image}, a tag that moves; pin a version or add its @sha256 digest`, { hint })
    out[key] = image
  }
  return out as ImagePins
}
