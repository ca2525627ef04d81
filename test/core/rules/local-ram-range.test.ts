import { ramRangeRule } from '../../../src/core/rules/local/ram-range.js'
import { describe, expect, it } from 'vitest'
import { mergePolicy, type Thresholds } from '../../../src/core/policy.js'
import { cloud, local, ruleTester } from './tester.js'

const thresholds = (t: Partial<Thresholds>) => ({ thresholds: t as Thresholds })

ruleTester(ramRangeRule, {
  valid: [
    { name: 'the edges of the default range, and room for the weights', files: [local({ id: 'a', ram_required_gb: 128 }), local({ id: 'b', ram_required_gb: 1 }), local({ id: 'c', ram_required_gb: 3, size_bytes: 2497280256 })] },
    { name: 'the policy thresholds (merged field by field)', files: [local({ ram_required_gb: 142 })], policy: thresholds({ ram_max_gb: 256 }) },
    { name: 'a ram of the wrong type is the schema rule\'s', files: [local({ ram_required_gb: '4' })] },
    { name: 'cloud models are not its business', files: [cloud({ ram_required_gb: 500 })] },
  ],
  invalid: [
    {
      name: 'outside the range, and too little for the weights, at the value',
      files: [local({ id: 'a', ram_required_gb: 142 }), local({ id: 'b', ram_required_gb: 4, size_bytes: 9001752960 }), local({ id: 'c', ram_required_gb: 128 })],
      errors: [
        { file: 'model-store/local/a.json', line: 7, column: 22, message: 'ram_required_gb 142 is outside the store\'s range of 1-128 GB' },
        { file: 'model-store/local/b.json', line: 7, column: 22, message: 'ram_required_gb 4 cannot hold the 9.00 GB of weights (size_bytes 9001752960)' },
      ],
    },
    { name: 'below the minimum', files: [local({ ram_required_gb: 0.5 })], errors: [{ message: 'ram_required_gb 0.5 is outside the store\'s range of 1-128 GB' }] },
    { name: 'a minimum of the policy\'s', files: [local({ ram_required_gb: 4 })], policy: thresholds({ ram_min_gb: 8 }), errors: [{ message: 'outside the store\'s range of 8-128 GB' }] },
  ],
})

describe('the thresholds of a policy', () => {
  it('merge field by field over the defaults', () => {
    const policy = mergePolicy(thresholds({ ram_max_gb: 256 }))
    expect(policy.thresholds).toMatchObject({ ram_max_gb: 256, ram_min_gb: 1, min_downloads: 1000 })
  })
})
