/**
 * Frictionless table schemas for the tabular export, read from the zod schemas the importer
 * checks rows against, so the descriptor cannot drift from what an import accepts.
 */
import type { z } from 'zod';
import { tableSpecs, type TableName } from '../../cli/import/hsds-tables.ts';

export interface FrictionlessField {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  /** Extension fields say so, so a consumer can drop every column it does not know. */
  description?: string;
  constraints?: { required?: true; enum?: string[]; unique?: true };
}

type Def = { type: string; innerType?: z.ZodType; entries?: Record<string, string>; checks?: Array<{ _zod?: { def?: { format?: string } } }> };

function fieldOf(name: string, schema: z.ZodType): FrictionlessField {
  let def = schema.def as Def;
  let required = true;
  while ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) {
    if (def.type !== 'default') required = false;
    def = def.innerType.def as Def;
  }
  const isInteger = def.type === 'number' && (def.checks ?? []).some((check) => check._zod?.def?.format === 'safeint');
  const type: FrictionlessField['type'] =
    def.type === 'number' ? (isInteger ? 'integer' : 'number')
      : def.type === 'boolean' ? 'boolean'
        : def.type === 'array' ? 'array'
          : def.type === 'object' || def.type === 'record' ? 'object'
            : 'string';
  const field: FrictionlessField = { name, type };
  if (name.startsWith('guichet_')) field.description = 'Guichet extension; JSON text for structures. Safe to ignore.';
  const constraints: NonNullable<FrictionlessField['constraints']> = {};
  if (required) constraints.required = true;
  if (name === 'id') constraints.unique = true;
  if (def.type === 'enum' && def.entries) constraints.enum = Object.values(def.entries);
  if (Object.keys(constraints).length > 0) field.constraints = constraints;
  return field;
}

export function tableFields(table: TableName): FrictionlessField[] {
  const shape = tableSpecs[table].schema.shape as Record<string, z.ZodType>;
  return Object.entries(shape).map(([name, schema]) => fieldOf(name, schema));
}
