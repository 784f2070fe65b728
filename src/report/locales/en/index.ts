import type { Catalog } from '../../i18n/catalog.js';
import { addEndpoint } from './add-endpoint.js';
import { checkModels } from './check-models.js';
import { clearCache } from './clear-models-cache.js';
import { doctor } from './doctor.js';
import { errors } from './errors.js';
import { mockProvider } from './mock-provider.js';
import { probe } from './probe.js';
import { providers } from './providers.js';
import { validate } from './validate.js';

/** English, the reference language: every other catalog says the same things. */
export const catalog: Catalog = { addEndpoint, checkModels, clearCache, doctor, errors, help: undefined, mockProvider, probe, providers, validate };
