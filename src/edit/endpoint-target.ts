/**
 * What the generator needs to know about the LibreChat line it writes for. Built from
 * `schemas/manifest.json` at run time (`src/schema/targets.ts`) and from the real
 * librechat-data-provider packages in tests.
 */
export interface EndpointTarget {
  /** Short id, e.g. `0.8.8`. */
  id: string;
  librechatVersion: string;
  /** Written as `version:` into a new file. */
  configVersion: string;
  /** Keys the line's strict `customParams` object accepts. */
  customParamsKeys: readonly string[];
  /** The line has `titleEndpoint` (titles on another endpoint's settings; v0.7.9+). */
  titleEndpoint: boolean;
  /** Exact names a custom endpoint may not use. */
  reservedEndpointNames: readonly string[];
}
