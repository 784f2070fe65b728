import { HandledError } from '../core/errors.js';
import { lookUpVersion } from '../librechat/index.js';
import { chooseTarget, type SchemaTarget } from '../schema/targets.js';
import type { EndpointTarget } from './endpoint-target.js';
import type { VersionEvidence } from '../librechat/index.js';

/** The LibreChat line to write for, in every command's order (option, compose image or checkout, `version:`, newest). */
export function resolveTarget(requested: string | undefined, configVersion: unknown, evidence?: VersionEvidence): { schema: SchemaTarget; endpoint: EndpointTarget } {
  let schema: SchemaTarget;
  try {
    schema = chooseTarget(requested, configVersion, evidence).target;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new HandledError({ code: 'add-endpoint.facts-missing', params: {} });
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
    titleEndpoint: lookUpVersion(schema.librechatVersion)?.line.title.titleEndpoint ?? false,
    reservedEndpointNames: schema.facts.reservedEndpointNames,
  };
}
