/** Public API of the probe, for other commands (`check-models`, `demo`). */
export { collectProbeTargets, type CollectOptions, type CollectedTargets } from './targets.js';
export { runProbes, listModels, PROBE_DEFAULTS, mapWithConcurrency } from './run-probes.js';
export { DEFAULT_LIBRECHAT_VERSION, reasoningRulesFor, judgeDisplay, effectiveReasoningKey, type LibreChatReasoningRules } from './librechat-display.js';
export { createSseDecoder, type SseItem, type SseDecoder } from './sse.js';
export { StreamAnalyzer } from './stream-analysis.js';
export { suggestModelIds } from './near-miss.js';
export type * from './types.js';
