/**
 * Third-party actions, pinned by full commit SHA with the release they are (a tag can be moved,
 * a commit cannot). One table for this repository's workflows and for the ones `init` writes:
 * test/action/workflows.test.ts holds every workflow to it.
 * Verified against each repository's tags: `git rev-parse <tag>^{commit}`.
 */
export interface Pin {
  action: string
  sha: string
  version: string
}

export const PINS = {
  checkout: { action: 'actions/checkout', sha: 'd23441a48e516b6c34aea4fa41551a30e30af803', version: 'v6.1.0' },
  setupNode: { action: 'actions/setup-node', sha: '249970729cb0ef3589644e2896645e5dc5ba9c38', version: 'v6.5.0' },
  uploadArtifact: { action: 'actions/upload-artifact', sha: 'bbbca2ddaa5d8feaa63e36b76fdaad77386f024f', version: 'v7.0.0' },
} as const satisfies Record<string, Pin>

/** `actions/checkout@<sha> # v6.1.0`: what follows `uses:`. */
export function usesLine(pin: Pin): string {
  return `${pin.action}@${pin.sha} # ${pin.version}`
}
