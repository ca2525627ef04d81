import { sourcesPresentRule } from '../../../src/core/rules/sources-present.js'
import { cloud, local, ruleTester } from './tester.js'

ruleTester(sourcesPresentRule, {
  valid: [
    { name: 'both kinds with sources', files: [cloud(), local()] },
    { name: 'sources of the wrong type are the schema rule\'s', files: [cloud({ sources: null })] },
  ],
  invalid: [
    { name: 'a cloud model without sources, at the top of the file', files: [cloud({ sources: undefined })], errors: [{ file: 'model-store/cloud/test-cloud.json', line: 1, column: 1, message: 'model names no sources' }] },
    { name: 'a local model too, even deprecated', files: [local({ id: 'old', sources: undefined, deprecated: true, replacement: 'test-local' }), local()], errors: [{ file: 'model-store/local/old.json', message: 'model names no sources' }] },
  ],
})
