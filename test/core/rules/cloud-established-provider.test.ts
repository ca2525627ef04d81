import { establishedProviderRule } from '../../../src/core/rules/cloud/established-provider.js'
import { cloud, local, ruleTester } from './tester.js'

const acme = { providers: { acme: { api_key_env: 'ACME_KEY' } } }

ruleTester(establishedProviderRule, {
  valid: [
    { name: 'a known provider with its key variable', files: [cloud()] },
    { name: 'no requires_api_key to compare', files: [cloud({ requires_api_key: undefined })] },
    { name: 'the providers the policy names', files: [cloud({ provider: 'acme', requires_api_key: 'ACME_KEY' })], policy: acme },
    { name: 'local models are not its business', files: [local({ provider: 'acme' })] },
  ],
  invalid: [
    {
      name: 'an unknown provider (an error) and a wrong key variable (a warning), at their values',
      files: [cloud({ provider: 'acme', litellm_model_name: 'acme/x' }), cloud({ id: 'b', litellm_model_name: 'openai/gpt-5', requires_api_key: 'OPENAI_KEY' })],
      errors: [
        { file: 'model-store/cloud/b.json', line: 9, column: 23, severity: 'warning', message: 'requires_api_key "OPENAI_KEY" is not openai\'s key variable "OPENAI_API_KEY"' },
        { file: 'model-store/cloud/test-cloud.json', line: 5, column: 15, severity: 'error', message: 'provider "acme" is not an established provider of this store', hint: 'A new provider is added to "providers" in curation.config.json' },
      ],
    },
    { name: 'a near miss gets a did-you-mean', files: [cloud({ provider: 'opneai' })], errors: [{ message: 'provider "opneai"', hint: 'Did you mean "openai"?' }] },
    { name: 'a policy that names the providers refuses the others', files: [cloud()], policy: acme, errors: [{ message: 'provider "openai" is not an established provider' }] },
    { name: 'names on the object prototype are not providers', files: [cloud({ provider: 'constructor' })], errors: [{ message: 'provider "constructor" is not an established provider of this store' }] },
  ],
})
