import type { Deployment } from '../config/load-deployment.js';
import type { LibreChatLine } from '../librechat/index.js';
import { REASONING_REPLAY_OFF } from '../providers/index.js';
import { findReasoningReplayRefusals } from '../rules/reasoning-history-refused.js';
import type { ModelCheck } from './checks.js';

/** The pasteable form of the fix `validate --fix` applies (the keys LibreChat reads to send reasoning back). */
const REPLAY_OFF_YAML = ['customParams:', ...Object.entries(REASONING_REPLAY_OFF).map(([key, value]) => `  ${key}: ${String(value)}`)].join('\n');

/** validate's `reasoning-history-refused`, found by the same function, as check-models lines. */
export function checkReasoningReplay(deployment: Deployment, line: LibreChatLine): ModelCheck[] {
  return findReasoningReplayRefusals(deployment.config, deployment.environment, line).map((refusal) => ({
    code: 'reasoning-history-refused',
    status: 'warn',
    endpoint: refusal.endpoint,
    pointer: refusal.pointer,
    args: { provider: refusal.preset.label, option: refusal.options[0], options: refusal.options },
    fix: { kind: 'yaml', text: REPLAY_OFF_YAML },
    // `check-models --fix` writes validate's edit: the same keys turned off in place.
    ...('edits' in refusal.fix ? { autofix: { file: 'config' as const, edits: refusal.fix.edits } } : {}),
  }));
}
