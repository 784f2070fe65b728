import type { ErrorWords } from '../../errors/words.js';
import { problems } from './problems.js';
import { reach } from './reach.js';

export const errors: ErrorWords = {
  problems,
  reach,
  optionValue: {
    integer: (min, max) => `应为 ${min} 到 ${max} 之间的整数`,
    seconds: (min, max) => `应为 ${min} 到 ${max} 之间的秒数（最多 3 位小数）`,
    modelIds: '应为模型 ID 列表，例如 --models qwen-plus,qwen-max',
  },
  commander(code, message) {
    const quoted = [...message.matchAll(/'([^']*)'/g)].map((m) => m[1]);
    const suggestion = /\(Did you mean (.+)\?\)/.exec(message)?.[1];
    const also = suggestion ? `（是不是想写 ${suggestion}？）` : '';
    switch (code) {
      case 'commander.unknownOption': return `未知选项 '${quoted[0]}'${also}`;
      case 'commander.unknownCommand': return `未知命令 '${quoted[0]}'${also}`;
      case 'commander.missingArgument': return `缺少参数 '${quoted[0]}'`;
      case 'commander.optionMissingArgument': return `选项 '${quoted[0]}' 缺少值`;
      case 'commander.missingMandatoryOptionValue': return `必须指定选项 '${quoted[0]}'`;
      case 'commander.excessArguments': return `参数太多：${message.replace(/^.*?(\d+).*?(\d+).*$/, '最多 $1 个，实际 $2 个')}`;
      case 'commander.invalidArgument': {
        // commander appends the parser's reason, already in this language (optionValue above), or
        // its own list of choices, which is English.
        const choices = /Allowed choices are (.+)\.$/.exec(message)?.[1];
        const reason = choices ? `只能是 ${choices.split(', ').join('、')} 之一` : /is invalid\. (.+)$/.exec(message)?.[1];
        return (quoted.length >= 2 ? `'${quoted[0]}' 的值 '${quoted[1]}' 无效` : '参数值无效') + (reason ? `：${reason}` : '');
      }
      default: return message;
    }
  },
  hintLabel: '提示：',
  internalError: (detail) => `内部错误：${detail}`,
  internalErrorHint: '这是 lc-doctor 的 bug；设置 LC_DOCTOR_DEBUG=1 查看调用栈，并提交报告',
  usageHint: "运行 'lc-doctor --help' 或 'lc-doctor <命令> --help'",
};
