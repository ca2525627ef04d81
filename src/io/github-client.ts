/**
 * The audit's call shape for the shared GitHub client factory (src/io/github.ts): the token
 * travels with the options. Construction itself lives in github.ts alone.
 */
import { createGitHubClient as create, type GitHubClient, type GitHubClientOptions as SharedOptions } from './github.js'

export type { GitHubClient }

export interface GitHubClientOptions extends Omit<SharedOptions, 'env'> {
  token: string
}

export function createGitHubClient(o: GitHubClientOptions): GitHubClient {
  const { token, ...rest } = o
  return create(token, rest)
}
