import { deprecationRule } from '../../../src/core/rules/deprecation.js'
import { cloud, local, ruleTester } from './tester.js'

/** A deprecated cloud model: deprecated at line 10, replacement at 11, further fields from 12. */
const dep = (id: string, replacement: string, over: Record<string, unknown> = {}) => cloud({ id, litellm_model_name: `openai/${id}`, deprecated: true, replacement, ...over })
const live = cloud()

ruleTester(deprecationRule, {
  valid: [
    { name: 'a deprecated model with a live replacement', files: [dep('old', 'test-cloud'), live] },
    { name: 'a replacement named by alias, in any case', files: [dep('old', 'GPT5'), cloud({ aliases: ['gpt5'] })] },
    { name: 'sunset after release', files: [dep('old', 'test-cloud', { release_date: '2025-01-01', sunset_date: '2025-06-01', enabled: false }), live] },
    { name: 'dates that are not dates are the schema rule\'s', files: [dep('old', 'test-cloud', { release_date: 'soon', sunset_date: '2025-01-01' }), live] },
  ],
  invalid: [
    { name: 'a deprecated model with no replacement', files: [cloud({ deprecated: true })], errors: [{ line: 10, column: 3, message: 'deprecated model names no replacement' }] },
    {
      name: 'a replacement that does not exist, or is the model itself',
      files: [dep('old', 'gone'), dep('self', 'self')],
      errors: [
        { file: 'model-store/cloud/old.json', line: 11, column: 18, message: 'replacement "gone" does not exist in the store' },
        { file: 'model-store/cloud/self.json', line: 11, column: 18, message: 'a model cannot replace itself' },
      ],
    },
    {
      name: 'cycles, deprecated replacements and enabled deprecated models',
      files: [dep('a', 'b'), dep('b', 'a'), dep('c', 'd', { enabled: true }), dep('d', 'test-cloud'), live],
      errors: [
        { file: 'model-store/cloud/a.json', severity: 'error', message: 'replacement chain forms a cycle: a -> b -> a' },
        { file: 'model-store/cloud/b.json', severity: 'error', message: 'replacement chain forms a cycle: b -> a -> b' },
        { file: 'model-store/cloud/c.json', line: 11, severity: 'warning', message: 'replacement "d" is itself deprecated', hint: 'Point replacement at the end of the chain: "test-cloud".' },
        { file: 'model-store/cloud/c.json', line: 12, column: 14, severity: 'warning', message: 'deprecated model is still enabled by default' },
      ],
    },
    {
      name: 'a long chain is spelled out',
      files: [dep('a', 'b'), dep('b', 'c'), dep('c', 'test-cloud'), live],
      errors: [{ file: 'model-store/cloud/a.json', severity: 'warning', message: 'replacement "b" is itself deprecated (chain: a -> b -> c)' }, { file: 'model-store/cloud/b.json', severity: 'warning', message: 'replacement "c" is itself deprecated' }],
    },
    { name: 'a replacement of the other kind', files: [dep('old', 'test-local'), local()], errors: [{ line: 11, severity: 'warning', message: 'replacement "test-local" is a local model, this one is cloud' }] },
    {
      name: 'replacement without deprecated, a warning',
      files: [cloud({ replacement: 'b' }), cloud({ id: 'b', litellm_model_name: 'openai/b' })],
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 10, column: 3, severity: 'warning', message: 'replacement is set but the model is not deprecated' }],
    },
    {
      name: 'sunset_date not after release_date, at its value',
      files: [dep('old', 'test-cloud', { release_date: '2025-05-01', sunset_date: '2025-01-01' }), live],
      errors: [{ line: 13, column: 18, message: 'sunset_date 2025-01-01 is not after release_date 2025-05-01' }],
    },
    { name: 'sunset_date on a model that is not deprecated', files: [cloud({ sunset_date: '2030-01-01' })], errors: [{ line: 10, severity: 'warning', message: 'sunset_date is set but the model is not deprecated' }] },
    {
      name: 'only the files in focus',
      files: [dep('a', 'gone'), dep('b', 'gone')],
      focus: ['model-store/cloud/b.json'],
      errors: [{ file: 'model-store/cloud/b.json', message: 'replacement "gone" does not exist' }],
    },
  ],
})
