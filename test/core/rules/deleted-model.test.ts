import { describe, expect, it } from 'vitest'
import { deletedModelRule } from '../../../src/core/rules/deleted-model.js'
import { cloudModel, localModel } from '../../helpers.js'
import { cloud, file, findingsOf, local, ruleTester } from './tester.js'

const text = (data: Record<string, unknown>) => JSON.stringify(data, null, 2) + '\n'
const gone = 'model-store/local/test-local.json'
const deleted = (path: string) => [{ path, status: 'deleted' as const }]
const hostile = "model-store/cloud/it's $(x).json"

ruleTester(deletedModelRule, {
  valid: [
    { name: 'no change', files: [cloud()] },
    { name: 'a change that only adds and modifies', files: [cloud(), local()], changes: [{ path: 'model-store/cloud/test-cloud.json', status: 'added' }, { path: 'model-store/local/test-local.json', status: 'modified' }] },
    { name: 'a move: the id lives on in another file of the change', files: [local()], changes: deleted('model-store/cloud/test-local.json'), before: { 'model-store/cloud/test-local.json': text(localModel()) } },
    { name: 'a rename\'s two halves on one path are a modification', files: [local()], changes: [...deleted(gone), { path: gone, status: 'added' }], before: { [gone]: text(localModel()) } },
    { name: 'a deleted file that is not a model file', files: [cloud()], changes: deleted('model-store/README.md') },
  ],
  invalid: [
    {
      name: 'a deletion, at the top of the deleted file, with how to deprecate',
      files: [cloud()],
      changes: deleted(gone),
      before: { [gone]: text(localModel()) },
      errors: [
        {
          file: gone,
          line: 1,
          column: 1,
          message: 'model "test-local" is deleted; the store deprecates models, it never deletes them',
          hint: /git restore --staged --worktree -- model-store\/local\/test-local\.json\).*leger-curate deprecate test-local --replacement/,
        },
      ],
    },
    {
      name: 'names the models that list the deleted one (by id or alias, any case) as their replacement',
      files: [
        cloud({ id: 'a', litellm_model_name: 'openai/a', deprecated: true, replacement: 'Gone' }),
        cloud({ id: 'b', litellm_model_name: 'openai/b', deprecated: true, replacement: 'gone-alias' }),
        cloud(),
      ],
      changes: deleted('model-store/cloud/gone.json'),
      before: { 'model-store/cloud/gone.json': text(cloudModel({ id: 'gone', aliases: ['gone-alias'] })) },
      errors: [
        {
          message: 'model "gone" is deleted; the store deprecates models, it never deletes them. a (model-store/cloud/a.json), b (model-store/cloud/b.json) name "gone" as their replacement',
          hint: 'Models that name "gone" as their replacement must point at another model first.',
        },
      ],
    },
    {
      name: 'one dependent: "names ... its replacement"',
      files: [cloud({ id: 'a', litellm_model_name: 'openai/a', deprecated: true, replacement: 'test-local' })],
      changes: deleted(gone),
      before: { [gone]: text(localModel()) },
      errors: [{ message: 'a (model-store/cloud/a.json) names "test-local" as its replacement' }],
    },
    {
      name: 'the file name stands in when the old text has no readable id, and hostile paths are quoted',
      files: [],
      changes: deleted(hostile),
      before: { [hostile]: '{ broken' },
      errors: [{ file: hostile, message: `model "it's $(x)" is deleted`, hint: `-- 'model-store/cloud/it'\\''s $(x).json'` }],
    },
    { name: 'the old text unknown', files: [cloud()], changes: deleted('model-store/cloud/old-one.json'), errors: [{ message: 'model "old-one" is deleted' }] },
    {
      name: 'every deleted file, in path order',
      files: [],
      changes: [...deleted('model-store/local/b.json'), ...deleted('model-store/cloud/a.json')],
      errors: [{ file: 'model-store/cloud/a.json' }, { file: 'model-store/local/b.json' }],
    },
  ],
})

describe('deleted-model under a policy', () => {
  it('is protected: no exception or override silences it', () => {
    expect(deletedModelRule.protected).toBe(true)
    const f = findingsOf(deletedModelRule, {
      name: 'x',
      files: [file('cloud', cloudModel())],
      changes: deleted(gone),
      policy: { severity: { 'deleted-model': 'off' }, exceptions: [{ rule: 'deleted-model', id: 'test-cloud', reason: 'x' }] },
    })
    expect(f.map((x) => x.severity)).toEqual(['error'])
  })
})
