import type { Catalog } from '../../i18n/catalog.js';
import { errors } from './errors.js';
import { validate } from './validate.js';

/** English, the reference language: every other catalog says the same things. */
export const catalog: Catalog = { errors, help: undefined, validate };
