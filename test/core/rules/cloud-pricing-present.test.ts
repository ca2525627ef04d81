import { pricingPresentRule } from '../../../src/core/rules/cloud/pricing-present.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(pricingPresentRule, {
  valid: [
    { name: 'a cloud model with prices', files: [cloud()] },
    { name: 'a deprecated model need not have prices', files: [cloud({ id: 'old', litellm_model_name: 'openai/gpt-5', pricing: undefined, deprecated: true, replacement: 'test-cloud' }), cloud()] },
    { name: 'an incomplete pricing is the schema rule\'s', files: [cloud({ pricing: {} })] },
    { name: 'local models have none', files: [local()] },
  ],
  invalid: [
    { name: 'no pricing, at the top of the file', files: [cloud({ pricing: undefined })], errors: [{ file: 'model-store/cloud/test-cloud.json', line: 1, column: 1, message: 'cloud model has no pricing' }] },
    { name: 'deprecated: false is not deprecated', files: [cloud({ pricing: undefined, deprecated: false })], errors: [{ message: 'cloud model has no pricing' }] },
  ],
})
