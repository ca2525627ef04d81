import { notPreviewRule } from '../../../src/core/rules/cloud/not-preview.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(notPreviewRule, {
  valid: [
    { name: 'a dated, generally available model', files: [cloud()] },
    { name: 'words that only contain a pattern ("Expert", "Betamax")', files: [cloud({ id: 'd', name: 'Expert Betamax Coder', litellm_model_name: 'openai/gpt-5' })] },
    { name: 'the policy\'s patterns replace the defaults', files: [cloud({ name: 'GPT-5 Beta' })], policy: { preview_patterns: ['\\bnightly\\b'] } },
    { name: 'local models are not its business', files: [local({ name: 'Qwen Preview' })] },
  ],
  invalid: [
    {
      name: 'preview, beta and -latest in id, name or LiteLLM name, at the value',
      files: [
        cloud({ id: 'gemini-2.5-pro-preview', provider: 'gemini', litellm_model_name: 'gemini/gemini-2.5-pro-preview-06-05', requires_api_key: 'GEMINI_API_KEY' }),
        cloud({ id: 'b', name: 'GPT-5 Beta', litellm_model_name: 'openai/gpt-5' }),
        cloud({ id: 'c', litellm_model_name: 'openai/gpt-5-chat-latest' }),
        cloud({ id: 'd', name: 'Expert Coder', litellm_model_name: 'openai/gpt-5' }),
      ],
      errors: [
        { file: 'model-store/cloud/b.json', line: 4, column: 11, message: 'name "GPT-5 Beta" names a preview, beta or experimental model (matches /\\bbeta\\b/i)' },
        { file: 'model-store/cloud/c.json', line: 6, column: 25, message: 'litellm_model_name "openai/gpt-5-chat-latest" names a preview, beta or experimental model (matches /-latest\\b/i)' },
        { file: 'model-store/cloud/gemini-2.5-pro-preview.json', line: 3, column: 9, message: 'id "gemini-2.5-pro-preview" names a preview, beta or experimental model (matches /\\bpreview\\b/i)' },
      ],
    },
    { name: 'experimental and exp', files: [cloud({ name: 'GPT Exp' }), cloud({ id: 'x', name: 'Experimental', litellm_model_name: 'openai/x' })], errors: [{ message: 'name "GPT Exp" names a preview' }, { message: 'name "Experimental" names a preview, beta or experimental model (matches /\\bexp(erimental)?\\b/i)' }] },
    { name: 'a pattern of the policy\'s', files: [cloud({ name: 'GPT-5 Nightly' })], policy: { preview_patterns: ['\\bnightly\\b'] }, errors: [{ message: 'matches /\\bnightly\\b/i' }] },
  ],
})
