import { HandledError } from '../core/errors.js';
import { chooseTarget, schemaKnowsKey, type SchemaTarget } from '../schema/targets.js';
import type { EndpointTarget } from './endpoint-target.js';

/** The LibreChat line to write for: `--librechat-version`, else the file's `version:`, else the newest. */
export function resolveTarget(requested: string | undefined, configVersion: unknown): { schema: SchemaTarget; endpoint: EndpointTarget } {
  let schema: SchemaTarget;
  try {
    schema = chooseTarget(requested, configVersion).target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HandledError('the LibreChat version facts (schemas/manifest.json) are missing from this install', 'reinstall lc-doctor, or run npm run schemas in a checkout');
    }
    throw error;
  }
  return { schema, endpoint: toEndpointTarget(schema) };
}

export function toEndpointTarget(schema: SchemaTarget): EndpointTarget {
  return {
    id: schema.id,
    librechatVersion: schema.librechatVersion,
    configVersion: schema.configVersion,
    customParamsKeys: schema.facts.customParamsKeys,
    titleEndpoint: schemaKnowsKey(schema, 'titleEndpoint'),
    reservedEndpointNames: schema.facts.reservedEndpointNames,
  };
}
