import { policyDeniedRule } from '../../../src/core/rules/policy-denied.js'
import { cloud, local, ruleTester } from './tester.js'

const allowDeny = { allow: { providers: ['openai', 'qwen'], ids: ['spare-*'] }, deny: { providers: [], ids: ['*-pro'] } }
const gemini = { provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro', requires_api_key: 'GEMINI_API_KEY' }

ruleTester(policyDeniedRule, {
  valid: [
    { name: 'the default policy refuses nothing', files: [cloud({ id: 'gpt-5-pro' }), local()] },
    {
      name: 'on the allow list by provider (a local model\'s is its HuggingFace org, any case) or by id',
      files: [cloud(), cloud({ id: 'spare-1', ...gemini }), local()],
      policy: allowDeny,
    },
    { name: 'an id glob matches the whole id only', files: [cloud({ id: 'gpt-5-pro-max' })], policy: { deny: { providers: [], ids: ['*-pro'] } } },
  ],
  invalid: [
    {
      name: 'deny wins over allow; an allow list refuses the rest',
      files: [cloud({ id: 'gpt-5-pro', litellm_model_name: 'openai/gpt-5' }), cloud(), cloud({ id: 'spare-1', ...gemini }), local(), local({ id: 'other', model_uri: 'huggingface://unsloth/Qwen3-4B-GGUF/Qwen3-4B-Q4_K_M.gguf' })],
      policy: allowDeny,
      errors: [
        { file: 'model-store/cloud/gpt-5-pro.json', line: 3, column: 9, message: 'the curation policy refuses this model: id matches "*-pro" on the policy\'s deny list' },
        { file: 'model-store/local/other.json', line: 3, column: 9, message: 'the curation policy refuses this model: the policy has an allow list and this model is not on it' },
      ],
    },
    {
      name: 'a denied HuggingFace organisation, at model_uri',
      files: [local()],
      policy: { deny: { providers: ['Qwen'], ids: [] } },
      errors: [{ line: 5, column: 16, message: 'the curation policy refuses this model: provider "Qwen" is on the policy\'s deny list' }],
    },
    { name: 'a denied cloud provider, at provider', files: [cloud()], policy: { deny: { providers: ['OpenAI'], ids: [] } }, errors: [{ line: 5, column: 15, message: 'provider "openai" is on the policy\'s deny list' }] },
    { name: 'only the files in focus', files: [cloud({ id: 'a-pro' }), cloud({ id: 'b-pro', litellm_model_name: 'openai/b' })], policy: { deny: { providers: [], ids: ['*-pro'] } }, focus: ['model-store/cloud/b-pro.json'], errors: [{ file: 'model-store/cloud/b-pro.json' }] },
  ],
})
