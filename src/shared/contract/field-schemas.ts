/** Zod schemas derived from an entity registry, so a stored record is checked field by field at the boundary. */
import * as z from 'zod'
import type { FieldSpec } from '../domain/field-registry'

/** The schema of a field's stored value (what the service returned, sent back e.g. by an undo). */
export function storedFieldSchema(spec: FieldSpec): z.ZodType {
  const { kind } = spec
  switch (kind.type) {
    case 'code':
      return z.string().min(1).max(kind.maxLength)
    case 'text':
      return spec.isRequired ? z.string().min(1).max(kind.maxLength) : z.string().max(kind.maxLength)
    case 'notes':
      return z.string().max(kind.maxLength)
    case 'option': {
      const values = z.enum(kind.values as [string, ...string[]])
      return spec.isRequired ? values : values.nullable()
    }
    case 'region':
      return z.string().regex(/^\d{6}$/).nullable()
    case 'count':
      return z.number().int().min(0).max(kind.max).nullable()
    case 'money':
      return z.number().int().min(0).max(kind.maxFen).nullable()
    case 'percent':
      return z.number().int().min(0).max(kind.maxPpm).nullable()
    case 'flag':
      return z.boolean().nullable()
  }
}

/** One property per registry field, each with its stored schema. */
export function storedValuesShape(registry: readonly FieldSpec[]): Record<string, z.ZodType> {
  return Object.fromEntries(registry.map((spec) => [spec.field, storedFieldSchema(spec)]))
}
