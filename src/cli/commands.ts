import type { Command } from 'commander';
import type { Io } from '../core/io.js';
import { defineValidate } from './validate.js';
import { defineProbe } from './probe.js';
import { defineMockProvider } from './mock-provider.js';
import { defineClearModelsCache } from './clear-models-cache.js';
import { defineCheckModels } from './check-models.js';
import { defineDemo } from './demo.js';
import { defineAddEndpoint } from './add-endpoint.js';
import { defineProviders } from './providers.js';
import { defineDoctor } from './doctor.js';

/**
 * Each entry builds one subcommand. Command files only declare options; they import the core
 * lazily inside the action so that start-up loads commander and nothing else.
 */
export type DefineCommand = (setExitCode: (code: number) => void, io: Io) => Command;

export const commands: DefineCommand[] = [defineDoctor, defineValidate, defineProbe, defineMockProvider, defineClearModelsCache, defineCheckModels, defineDemo, defineProviders, defineAddEndpoint];
