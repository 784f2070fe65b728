import { azureGroupInvalid } from './azure-group-invalid.js';
import { baseurlChatCompletions } from './baseurl-chat-completions.js';
import { configVersion } from './config-version.js';
import { customParamsInvalid } from './custom-params-invalid.js';
import { endpointDropped } from './endpoint-dropped.js';
import { endpointDuplicateName } from './endpoint-duplicate-name.js';
import { endpointReservedName } from './endpoint-reserved-name.js';
import { endpointsEnvNames } from './endpoints-env-names.js';
import { envBooleanFormat } from './env-boolean-format.js';
import { envDeprecatedVariable } from './env-deprecated-variable.js';
import { envDuplicateKey } from './env-duplicate-key.js';
import { envExampleSecret } from './env-example-secret.js';
import { envFileReference } from './env-file-reference.js';
import { envNotInterpolated } from './env-not-interpolated.js';
import { envSchema } from './env-schema.js';
import { envUndefinedVariable } from './env-undefined-variable.js';
import { envUnsupportedSyntax } from './env-unsupported-syntax.js';
import { forcedInMemoryNamespaces } from './forced-in-memory-namespaces.js';
import { fullwidthPunctuation } from './fullwidth-punctuation.js';
import { hardcodedSecret } from './hardcoded-secret.js';
import { legacyField } from './legacy-field.js';
import { modelsDefaultComma } from './models-default-comma.js';
import { openaiModelsFormat } from './openai-models-format.js';
import { openaiModelsMissing } from './openai-models-missing.js';
import { openaiModelsOverride } from './openai-models-override.js';
import { reasoningHistoryRefused } from './reasoning-history-refused.js';
import { redisPrefixConflict } from './redis-prefix-conflict.js';
import { redisUriMissing } from './redis-uri-missing.js';
import { titleModelNotServed } from './title-model-not-served.js';
import { unknownKey } from './unknown-key.js';
import type { Rule } from './types.js';

/** Every lint and .env rule, sorted by id (`unknown-key` comes from the `schemas` branch). */
export const allRules: readonly Rule[] = [
  azureGroupInvalid,
  baseurlChatCompletions,
  configVersion,
  customParamsInvalid,
  endpointDropped,
  endpointDuplicateName,
  endpointReservedName,
  endpointsEnvNames,
  envBooleanFormat,
  envDeprecatedVariable,
  envDuplicateKey,
  envExampleSecret,
  envFileReference,
  envNotInterpolated,
  envSchema,
  envUndefinedVariable,
  envUnsupportedSyntax,
  forcedInMemoryNamespaces,
  fullwidthPunctuation,
  hardcodedSecret,
  legacyField,
  modelsDefaultComma,
  openaiModelsFormat,
  openaiModelsMissing,
  openaiModelsOverride,
  reasoningHistoryRefused,
  redisPrefixConflict,
  redisUriMissing,
  titleModelNotServed,
  unknownKey,
  // Ids are lowercase kebab-case ASCII, where code-unit order is collation order (registry.test.ts):
  // no ICU at start-up, which every command pays for.
].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
