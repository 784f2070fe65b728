import type { DoctorWords } from '../../doctor/words.js';

export const doctor: DoctorWords = {
  nothingToFix: '没有需要修复的问题',
  running: (step) => `lc-doctor：正在运行 ${step}…`,
  summary: (t) => `${t.total} 个问题（${t.errors} 个错误、${t.warnings} 个警告、${t.infos} 个提示），按 LibreChat ${t.librechatVersion} 判定`,
  shows: (s) => `会显示 ${s.endpoints} 个端点、${s.models} 个模型`,
  cache: { redis: '已从 Redis 读取模型缓存', memory: '模型缓存在进程内存里（重启后刷新）', error: (reason) => `没有读取模型缓存（${reason}）`, notRead: '没有读取模型缓存' },
  probe: { ran: '已探测模型', skipped: (reason) => `跳过探测（${reason}）`, notRun: '没有探测（加 --probe 对每个模型发一次流式请求）' },
  label: (text) => `${text}：`,
  join: (parts) => parts.join('；'),
  markdown: {
    nothing: '✅ 没有需要修复的问题。',
    totals: (t) => `**${t.errors} 个错误、${t.warnings} 个警告、${t.infos} 个提示**，按 LibreChat ${t.librechatVersion} 判定。`,
    columns: '| # | | 问题 | 修复 | 位置 | 由谁报告 |',
    sentence: (text) => `${text}。`,
  },
};
