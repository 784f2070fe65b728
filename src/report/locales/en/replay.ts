import type { ReplayOption } from '../../../providers/index.js';

/** What an option that sends reasoning back does, and what then fails (validate and check-models say it alike). */
export const REPLAY: Record<ReplayOption, { sends: string; fails: string }> = {
  includeReasoningHistory: { sends: 'sends its reasoning back (includeReasoningHistory: true)', fails: 'from the second message on, every chat fails' },
  includeReasoningContent: { sends: "sends its reasoning back between an agent's tool calls (includeReasoningContent: true)", fails: 'an agent that calls a tool fails at its next step' },
};
