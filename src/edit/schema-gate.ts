import type { Diagnostic } from '../core/diagnostic.js';
import type { SchemaTarget } from '../schema/targets.js';

/**
 * lc-doctor's own schema check (`checkSchema` in src/schema/check-schema.ts, from the schemas
 * work). Until that module exists in a build, add-endpoint cannot refuse files with schema
 * errors and says so; LibreChat's zod schema is a dev dependency and never loaded at run time.
 */
export type SchemaCheck = (value: unknown, file: string) => Diagnostic[];

type CheckSchemaModule = { checkSchema: (value: unknown, target: SchemaTarget, file: string) => Diagnostic[] };

export async function loadSchemaCheck(target: SchemaTarget): Promise<SchemaCheck | undefined> {
  // A variable specifier: the module may be absent from this build, which is a supported state.
  const specifier = '../schema/check-schema.js';
  try {
    const module = (await import(specifier)) as CheckSchemaModule;
    return (value, file) => module.checkSchema(value, target, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}
