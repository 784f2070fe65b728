import type { Catalog } from '../../i18n/catalog.js';
import { addEndpoint } from './add-endpoint.js';
import { checkModels } from './check-models.js';
import { clearCache } from './clear-models-cache.js';
import { doctor } from './doctor.js';
import { errors } from './errors.js';
import { help } from './help.js';
import { mockProvider } from './mock-provider.js';
import { probe } from './probe.js';
import { providers } from './providers.js';
import { validate } from './validate.js';

/** 简体中文：术语沿用 LibreChat 自己的 zh-Hans 界面（端点、模型、思考、推理），标识符保持原样。 */
export const catalog: Catalog = { addEndpoint, checkModels, clearCache, doctor, errors, help, mockProvider, probe, providers, validate };
