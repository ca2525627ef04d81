import { licenceRule } from '../../../src/core/rules/local/licence.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(licenceRule, {
  valid: [
    { name: 'licences the default list allows, in any case', files: [local({ id: 'a', license: 'llama4' }), local({ id: 'b', license: 'Apache-2.0' })] },
    { name: 'the policy\'s list', files: [local({ license: 'cc-by-nc-4.0' })], policy: { licenses: ['cc-by-nc-4.0'] } },
    { name: 'a licence of the wrong type is the schema rule\'s', files: [local({ license: 7 })] },
    { name: 'cloud models are not its business', files: [cloud()] },
  ],
  invalid: [
    {
      name: 'no licence, and one the policy does not allow',
      files: [local({ license: undefined }), local({ id: 'b', license: 'cc-by-nc-4.0' }), local({ id: 'c', license: 'llama4' })],
      errors: [
        { file: 'model-store/local/b.json', line: 10, column: 14, message: 'licence "cc-by-nc-4.0" is not one the policy allows', hint: 'Allowed: apache-2.0, mit' },
        { file: 'model-store/local/test-local.json', line: 1, column: 1, message: 'local model states no licence' },
      ],
    },
    { name: 'a policy list replaces the defaults', files: [local()], policy: { licenses: ['mit'] }, errors: [{ message: 'licence "apache-2.0" is not one the policy allows', hint: 'Allowed: mit (' }] },
  ],
})
