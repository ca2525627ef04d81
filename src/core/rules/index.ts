/** Every rule, in the order their findings are most useful to read. */
import type { Rule } from '../rule.js'
import { deprecationRule } from './deprecation.js'
import { duplicateIdRule } from './duplicate-id.js'
import { duplicateTargetRule } from './duplicate-target.js'
import { fileNameRule } from './file-name.js'
import { limitsRule } from './limits.js'
import { schemaRule } from './schema.js'
import { uriFormatRule } from './uri-format.js'

export const CORE_RULES: Rule[] = [
  schemaRule,
  fileNameRule,
  duplicateIdRule,
  duplicateTargetRule,
  uriFormatRule,
  deprecationRule,
  limitsRule,
]
