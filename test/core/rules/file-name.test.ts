import { fileNameRule } from '../../../src/core/rules/file-name.js'
import { cloudModel, localModel } from '../../helpers.js'
import { cloud, file, local, ruleTester } from './tester.js'

ruleTester(fileNameRule, {
  valid: [
    { name: '<id>.json in the folder of its kind', files: [cloud(), local()] },
    { name: 'a file without a string id is the schema rule\'s', files: [file('cloud', cloudModel({ id: 7 }), 'other.json')] },
    { name: 'a file with both litellm_model_name and model_uri is the schema rule\'s', files: [file('local', localModel({ litellm_model_name: 'openai/x' }))] },
  ],
  invalid: [
    {
      name: 'a file name that is not the id, at the id\'s value',
      files: [file('cloud', cloudModel(), 'other.json')],
      errors: [{ file: 'model-store/cloud/other.json', line: 3, column: 9, message: 'file name "other.json" does not match id "test-cloud"', hint: 'Rename the file to test-cloud.json, or change the id to "other"' }],
    },
    { name: 'ids are matched with their case', files: [file('cloud', cloudModel({ id: 'Test-Cloud' }), 'test-cloud.json')], errors: [{ message: 'does not match id "Test-Cloud"' }] },
    { name: 'a local model in cloud/, at the top of the file', files: [file('cloud', localModel())], errors: [{ file: 'model-store/cloud/test-local.json', line: 1, column: 1, message: 'a local model (it has model_uri) sits in cloud/' }] },
    { name: 'a cloud model in local/', files: [file('local', cloudModel())], errors: [{ line: 1, column: 1, message: 'a cloud model (it has litellm_model_name) sits in local/' }] },
    {
      name: 'both problems of one file, and only the files in focus',
      files: [file('cloud', localModel(), 'x.json'), file('cloud', cloudModel(), 'y.json')],
      focus: ['model-store/cloud/x.json'],
      errors: [{ line: 1, message: 'sits in cloud/' }, { line: 3, message: 'file name "x.json" does not match id "test-local"' }],
    },
  ],
})
