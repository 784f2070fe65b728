import type { ReplayOption } from '../../../providers/index.js';

/** 把推理内容发回去的选项做了什么、结果哪里会失败（validate 和 check-models 共用）。 */
export const REPLAY: Record<ReplayOption, { sends: (provider: string) => string; fails: string }> = {
  includeReasoningHistory: { sends: (provider) => `设置了 includeReasoningHistory: true，会把推理内容发回给 ${provider}`, fails: '每个对话从第二条消息起都会失败' },
  includeReasoningContent: { sends: (provider) => `设置了 includeReasoningContent: true，会在智能体调用工具之间把推理内容发回给 ${provider}`, fails: '智能体调用工具后的下一步会失败' },
};
