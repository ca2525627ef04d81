// Types for the generated standalone validators (scripts/gen-validators.mjs).
import type { ValidateFunction } from 'ajv'

declare const validators: { [schema: string]: ValidateFunction | string; __schemasHash: string }
export = validators
