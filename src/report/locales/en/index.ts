import type { Catalog } from '../../i18n/catalog.js';
import { checkModels } from './check-models.js';
import { doctor } from './doctor.js';
import { errors } from './errors.js';
import { probe } from './probe.js';
import { validate } from './validate.js';

/** English, the reference language: every other catalog says the same things. */
export const catalog: Catalog = { checkModels, doctor, errors, help: undefined, probe, validate };
