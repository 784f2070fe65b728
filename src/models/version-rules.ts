import { lookUpVersion, newestLine, type ModelListRules } from '../librechat/index.js';

/** How the targeted LibreChat line builds model lists, from the registry (src/librechat). */
export type VersionRules = ModelListRules;

export function rulesFor(librechatVersion: string): VersionRules {
  return (lookUpVersion(librechatVersion)?.line ?? newestLine()).models;
}

/** Ids excluded from api.openai.com's list in every line. */
export const OPENAI_EXCLUDE = /audio|realtime/;
