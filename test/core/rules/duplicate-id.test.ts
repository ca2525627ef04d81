import { duplicateIdRule } from '../../../src/core/rules/duplicate-id.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(duplicateIdRule, {
  valid: [
    { name: 'distinct ids and aliases across kinds', files: [cloud({ aliases: ['gpt5'] }), local({ aliases: ['qwen'] })] },
    { name: 'an alias equal to its own id, ignoring case', files: [cloud({ aliases: ['Test-Cloud'] })] },
    { name: 'non-string aliases are the schema rule\'s', files: [cloud({ aliases: [1, null] }), local({ aliases: [1] })] },
  ],
  invalid: [
    {
      name: 'an id repeated across kinds as an alias, at both values',
      files: [cloud({ aliases: ['shared'] }), local({ id: 'shared' })],
      errors: [
        { file: 'model-store/cloud/test-cloud.json', line: 11, column: 5, message: 'alias "shared" is also used by model-store/local/shared.json (id "shared")' },
        { file: 'model-store/local/shared.json', line: 3, column: 9, message: 'id "shared" is also used by model-store/cloud/test-cloud.json (alias "shared")' },
      ],
    },
    {
      name: 'ids equal ignoring case',
      files: [cloud({ id: 'Gpt' }), cloud({ id: 'gpt', litellm_model_name: 'openai/b' })],
      errors: [{ file: 'model-store/cloud/Gpt.json', message: 'id "Gpt" is also used by model-store/cloud/gpt.json (id "gpt")' }, { file: 'model-store/cloud/gpt.json', message: 'id "gpt" is also used' }],
    },
    { name: 'an alias repeated in one file', files: [cloud({ aliases: ['a', 'A'] })], errors: [{ line: 11, message: 'alias "a" is repeated in this file' }, { line: 12, message: 'alias "A" is repeated in this file' }] },
    {
      name: 'only the files in focus, though it sees the whole store',
      files: [cloud({ id: 'a' }), cloud({ id: 'b', aliases: ['a'] })],
      focus: ['model-store/cloud/b.json'],
      errors: [{ file: 'model-store/cloud/b.json', line: 11, message: 'alias "a" is also used by model-store/cloud/a.json (id "a")' }],
    },
  ],
})
