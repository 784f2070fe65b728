import type { ErrorWords } from '../../errors/words.js';
import { wordFinding } from '../../validate/word-finding.js';

export const errors: ErrorWords = {
  problems: {
    'add-endpoint.invalid-yaml': (p) => ({
      message: `${p.file} 不是合法的 YAML（第 ${p.line || '?'} 行：${wordFinding(p.finding).message}），没有做任何修改`,
      hint: "先修好它；'lc-doctor validate' 会列出所有问题",
    }),
    'add-endpoint.schema-errors': (p) => ({
      message: `${p.file} 有 ${p.count} 个会被 LibreChat 拒绝的 schema 错误（第一个：${wordFinding(p.finding).message}），没有做任何修改`,
      hint: "运行 'lc-doctor validate' 查看并修复，或者加 --force 强制添加端点",
    }),
  },
  hintLabel: '提示：',
  internalError: (detail) => `内部错误：${detail}`,
  internalErrorHint: '这是 lc-doctor 的 bug；设置 LC_DOCTOR_DEBUG=1 查看调用栈，并提交报告',
  usageHint: "运行 'lc-doctor --help' 或 'lc-doctor <命令> --help'",
};
