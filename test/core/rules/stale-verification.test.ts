import { staleVerificationRule } from '../../../src/core/rules/stale-verification.js'
import type { Thresholds } from '../../../src/core/policy.js'
import { cloud, local, ruleTester } from './tester.js'

// today is 2026-01-01 unless a case says otherwise.
ruleTester(staleVerificationRule, {
  valid: [
    { name: 'verified within the window', files: [local({ last_verified: '2025-12-01' })] },
    { name: 'exactly at the window', files: [cloud({ last_verified: '2025-07-05' })] },
    { name: 'today, or tomorrow (a time zone ahead)', files: [cloud({ last_verified: '2026-01-01' }), local({ last_verified: '2026-01-02' })] },
    { name: 'never verified, or not a date (the schema rule\'s)', files: [cloud(), local({ last_verified: 20250101 }), cloud({ id: 'b', litellm_model_name: 'openai/b', last_verified: '2025-1-1' })] },
    { name: 'the policy\'s window', files: [cloud({ last_verified: '2025-03-01' })], policy: { thresholds: { stale_after_days: 365 } as Thresholds } },
  ],
  invalid: [
    {
      name: 'stale, a notice at the value',
      files: [cloud({ last_verified: '2025-03-01' }), local({ last_verified: '2025-12-01' })],
      errors: [{ file: 'model-store/cloud/test-cloud.json', line: 10, column: 20, severity: 'notice', message: 'last verified 306 days ago (2025-03-01); the policy wants every 180 days' }],
    },
    { name: 'one day past the window', files: [cloud({ last_verified: '2025-07-04' })], errors: [{ message: 'last verified 181 days ago' }] },
    { name: 'graded up by the policy (as the audit reads it)', files: [cloud({ last_verified: '2025-03-01' })], policy: { severity: { 'stale-verification': 'warning' } }, errors: [{ severity: 'warning', message: 'last verified 306 days ago' }] },
    { name: 'in the future, a warning', files: [cloud({ last_verified: '2027-01-01' })], errors: [{ line: 10, column: 20, severity: 'warning', message: 'last_verified 2027-01-01 is in the future' }] },
    { name: 'against the day it is given', files: [cloud({ last_verified: '2026-01-01' })], today: '2026-12-31', errors: [{ message: 'last verified 364 days ago' }] },
  ],
})
