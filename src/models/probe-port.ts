import type { Deployment } from '../config/load-deployment.js';
import type { ModelCheck } from './checks.js';
import type { ModelResolution } from './types.js';
import type { ProbeProgressEvent } from '../probe/types.js';

/**
 * Runs the streaming probe for the models of each shown endpoint and returns one report line
 * per model. Implemented on top of the probe engine (`src/probe/`).
 */
export type ProbeModels = (deployment: Deployment, resolution: ModelResolution, onProgress?: (event: ProbeProgressEvent) => void) => Promise<ModelCheck[]>;
