import { schemaRule } from '../../../src/core/rules/schema.js'
import { cloudModel, localModel } from '../../helpers.js'
import { cloud, file, local, ruleTester } from './tester.js'

const { provider: _provider, ...noProvider } = cloudModel()
const { model_uri: _uri, ...noUri } = localModel()
// A __proto__ key (JSON.stringify would drop it from an object) and a newline in a one-line field.
const hostile = JSON.stringify(cloudModel({ name: 'A\nB' }), null, 2).replace('"name"', '"__proto__": {},\n  "name"')

ruleTester(schemaRule, {
  valid: [
    { name: 'the fixtures of both kinds', files: [cloud(), local()] },
    { name: 'prices as numbers or "$1.25"', files: [cloud({ pricing: { input_per_1m: 1.25, output_per_1m: '$10.00' } })] },
    { name: 'a deprecated model with its replacement', files: [cloud({ deprecated: true, replacement: 'other', enabled: false })] },
  ],
  invalid: [
    {
      name: 'an unknown property, at its key, with a did-you-mean',
      files: [cloud({ contxt_window: 5 })],
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 10, column: 3, message: 'unknown property "contxt_window"', hint: 'Did you mean "context_window"?' }],
    },
    {
      name: 'a missing required property, at the object',
      files: [file('cloud', noProvider)],
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 1, column: 1, message: 'missing required property "provider"' }],
    },
    { name: 'a local model without model_uri', files: [file('local', noUri)], errors: [{ line: 1, column: 1, message: 'missing required property "model_uri"' }] },
    {
      name: 'a wrong type, a bad pattern and an impossible date, at their values',
      files: [cloud({ context_window: '400k', requires_api_key: 'openai key', release_date: '2025-02-30' })],
      errors: [
        { line: 7, column: 21, message: 'context_window must be an integer, got the string "400k"' },
        { line: 9, column: 23, message: 'requires_api_key "openai key" is not in the expected form' },
        { line: 10, column: 19, message: 'release_date "2025-02-30" is not a valid date' },
      ],
    },
    {
      name: '__proto__ keys and control characters in one-line fields',
      files: [file('cloud', hostile, 'test-cloud.json')],
      errors: [{ message: 'unknown property "__proto__"' }, { message: 'name "A\\nB" is not in the expected form' }],
    },
    { name: 'a price that is neither a number nor "$1.25"', files: [cloud({ pricing: { input_per_1m: '1.25 USD', output_per_1m: '$10' } })], errors: [{ line: 11, column: 21, message: 'pricing.input_per_1m "1.25 USD" is not in the expected form' }] },
    {
      name: 'only the files in focus',
      files: [cloud({ id: 'aa', contxt_window: 5 }), cloud({ id: 'bb', litellm_model_name: 'openai/b', contxt_window: 5 })],
      focus: ['model-store/cloud/bb.json'],
      errors: [{ file: 'model-store/cloud/bb.json', message: 'unknown property "contxt_window"' }],
    },
  ],
})
