import type { ReasoningDisplay, UsagePlacement } from '../../../probe/types.js';
import type { FailureWithHint, TimeLimit } from '../../probe/hint.js';
import type { FailureText } from '../../../probe/types.js';
import { describeFailureText, type ProbeWords } from '../../probe/words.js';

const PARSER_HINT = '开启服务端的推理解析器（vLLM `--reasoning-parser`，llama.cpp `--reasoning-format deepseek`）';

/** 网络或流出错时该怎么办，按 `ProbeError.kind`。 */
const FAILURE_HINTS: Record<FailureWithHint, string> = {
  dns: '检查 baseURL 里的主机名；Docker 里的 LibreChat 在容器内部解析域名',
  refused: '这个主机和端口上没有服务在监听：检查 baseURL；在 LibreChat 容器里，127.0.0.1 指的是容器自己（用 host.docker.internal 或服务名）',
  tls: '提供商的证书不受信任：修好证书，或用 NODE_EXTRA_CA_CERTS 把 CA 交给 LibreChat',
  'connect-timeout': '连接没有回应：防火墙、端口不对或主机宕机（网络慢的话调大 --connect-timeout）',
  stall: '提供商回答到一半停了；推理慢的模型调大 --stall-timeout，否则稍后重试',
  timeout: '在 --timeout 秒内没有完整回答：推理回答很长就调大它，或者先确认提供商有没有响应',
  reset: '回答中途连接被断开：检查 LibreChat 和提供商之间代理的超时（如 nginx proxy_read_timeout），然后重试',
  'malformed-chunk': '提供商或网关发来了不是 JSON 的分块；LibreChat 遇到它也会同样失败',
};

/** 同样的失败出现在 check-models 里：它的探测时限是固定的，改用等得更久的 probe 命令。 */
const CHECK_MODELS_LIMIT_HINTS: Record<TimeLimit, (seconds: number, command: string) => string> = {
  stall: (s, command) => `提供商回答到一半停了（check-models 最多等 ${s} 秒）；推理慢的模型可以运行 ${command}，否则稍后重试`,
  timeout: (s, command) => `check-models 的 ${s} 秒内没有完整回答：推理回答很长就运行 ${command}，或者先确认提供商有没有响应`,
  'connect-timeout': (s, command) => `${s} 秒内连接没有回应：防火墙、端口不对或主机宕机（网络慢的话运行 ${command}）`,
};

const ERROR_KINDS: Record<string, string> = {
  dns: 'DNS 解析失败',
  refused: '连接被拒绝',
  tls: 'TLS 失败',
  'connect-timeout': '连接超时',
  stall: '流卡住了',
  timeout: '超时',
  reset: '流中途连接被重置',
  redirect: '未跟随重定向（凭据只发往配置的源）',
  http: 'HTTP 错误',
  'stream-error': '流内部报错',
  'malformed-chunk': 'JSON 分块格式错误',
  'not-a-model-list': '不是模型列表',
  network: '网络错误',
};

const label = (kind: string): string => ERROR_KINDS[kind] ?? kind;
/** lc-doctor 自己的说明跟在冒号后面；外部原文（提供商、系统的报错）原样放进全角括号。 */
const said = (failure: FailureText): string => (failure.detail ? `：${describeFailureText(failure)}` : `（${failure.message}）`);
const SSE_PARTS = { line: '行', event: '事件' } as const;

/** 用量放在流的哪个分块里（LibreChat 从那里读取）。 */
const USAGE_PLACEMENT: Record<UsagePlacement, string> = {
  'usage-chunk': '在单独的分块里',
  'finish-chunk': '在结束分块里',
  'every-chunk': '每个分块都带',
  'other-chunk': '在某个内容分块里',
};

export const probe: ProbeWords = {
  verdicts: {
    ok: () => '正常',
    'thinking-off': (d) => d.verified
        ? '没有收到推理内容：这个模型只在被要求时才思考（带上 enable_thinking: true 重试后收到了推理内容）'
        : '没有收到推理内容：提供商那边关闭了思考（或者这不是推理模型）',
    'reasoning-key-mismatch': (d, version) => `推理内容在 \`${d.field}\` 里，但 ${version} 读取的是 \`${d.key}\`：思考过程一直是空的`,
    'both-keys-one-null': (d, version) => `流里 \`reasoning\` 有内容，同时 \`reasoning_content: ${d.empty ? '""' : 'null'}\`；${version} 取了空的那个，什么都不显示`,
    'reasoning-without-role': (d, version) => `推理内容在 \`${d.field}\` 里，但分块没有 \`delta.role: "assistant"\`；${version} 会丢掉它，不显示思考过程`,
    'no-reasoning-ui': (d, version) => `推理内容在 \`${d.field}\` 里，但 ${version} 还没有思考过程区块：只显示回答，推理内容永远不显示`,
    'think-tag-split': (_d, version) => `\`<think>\` 被拆在两个分块里；${version} 只匹配完整出现在一个分块里的标签，所以思考内容会显示成回答正文`,
    'reasoning-details-only': (d, version) =>
      d.readsDetails
        ? `推理内容只在 \`reasoning_details\` 里，而 ${version} 只对识别为 OpenRouter 的端点读取它`
        : `推理内容只在 \`reasoning_details\` 里，而 ${version} 不读取它（LibreChat 从 v0.8.1 起才读取）`,
    'closing-tag-only': () => '服务端只输出了 `</think>`：思考内容显示成普通回答，还多了一个标签',
    'title-model-thinks': (d) => `LibreChat 为 \`${d.titleModel}\` 发的标题请求（非流式）返回了推理内容：标题生成会很慢，还可能带上推理内容`,
    'key-rejected': (d) => d.variable ? `${String(d.status)}：\${${String(d.variable)}} 里的密钥被拒绝（${describeFailureText(d)}）` : `${String(d.status)}：密钥被拒绝（${describeFailureText(d)}）`,
    'base-url-missing-v1': () => '404：baseURL 可能应该以 /v1 结尾',
    'model-not-found': (d) => `404：提供商不认识 \`${d.model}\`（${describeFailureText(d)}）`,
    'rate-limited': (d) => d.retryAfter !== undefined ? `429：被限流，${String(d.retryAfter)} 秒后重试（${describeFailureText(d)}）` : `429：被限流（${describeFailureText(d)}）`,
    'non-stream-thinking-rejected': (d) => `LibreChat 为 \`${d.titleModel}\` 发的标题请求（非流式，带着这个端点的 addParams）被拒绝${d.status ? `（${String(d.status)}）` : ''}（${describeFailureText(d)}）：所有标题都会失败`,
    'second-turn-rejected': (d) => `第二轮请求被拒绝${d.status ? `（${String(d.status)}）` : ''}（${describeFailureText(d)}）`,
    'server-error': (d) => `${String(d.status)}：提供商出错（${describeFailureText(d)}）`,
    unreachable: (d) => `${label(d.kind)}${said(d)}`,
    'stream-broken': (d) => `${label(d.kind)}${said(d)}`,
    'request-rejected': (d) => `${String(d.status)}：请求被拒绝（${describeFailureText(d)}）`,
    'no-done': () => '流结束时没有 `data: [DONE]`（LibreChat 能处理，有些网关不行）',
    'no-usage': () => '流里没有 token 用量：LibreChat 无法为这个端点统计 token',
  },
  hints: {
    'parser-or-template': () => `${PARSER_HINT}，或者修正聊天模板`,
    'role-on-first-delta': () => '服务端必须在第一个 delta 里发送 `role: "assistant"`（和 OpenAI 一样）；librechat.yaml 里没有设置能改变这一点',
    'upgrade-reasoning-ui': () => '升级到 LibreChat v0.7.7 或更高版本（第一个显示推理内容的版本）',
    'reasoning-parser': () => `${PARSER_HINT}，让思考内容从 \`reasoning_content\` 到达`,
    'empty-reasoning-content': () => '服务端应该发送 null（或者不发送），而不是 `reasoning_content: ""`；这个版本上设置 reasoningKey 也没用',
    'upgrade-reasoning-key': (p) => `升级到 LibreChat v${p.since}+（customParams.reasoningKey），或者改端点名 / 用代理改字段名`,
    'upgrade-reasoning-details': (p) => `升级到 LibreChat v${p.since}+（customParams.reasoningKey: reasoning），或者用包含 'openrouter' 的端点名`,
    'upgrade-reasoning-details-unread': (p) => `升级到 LibreChat v${p.since}+（customParams.reasoningKey: reasoning）`,
    'thinking-switch': () => '换一个推理模型，或者使用提供商开启思考的参数（vLLM：启动时加 --reasoning-parser）',
    'check-key': (p) => (p.variable ? `检查 .env 里的 ${p.variable}（不要有引号或空格），以及密钥是否属于这个提供商/区域` : '检查密钥是否属于这个提供商/区域，并且仍然有效'),
    'rate-limited': () => '等一会儿，或者找提供商提高限额',
    'reasoning-history-rejected': () => '提供商不接受历史消息里的 reasoning_content：这个端点不要回传推理内容',
    'titles-own-entry': () => '标题请求会带上 addParams：标题改走新加的条目，它没有思考开关（修正已经试过，并且有回答）',
    'titles-off': () => '没有找到不带思考也能回答的标题设置：标题生成已关闭',
    'title-fix-tried': () => '修正已经用同样的方式试过，回答时没有思考',
    failure: (p) => FAILURE_HINTS[p.kind],
    'check-models-limit': (p) => CHECK_MODELS_LIMIT_HINTS[p.kind](p.seconds, p.command),
    'server-error': () => '提供商（或它前面的网关）出错了：稍后重试，看看它的状态页',
  },
  details: {
    'stall-timeout': () => '超过停顿超时仍没有收到任何数据',
    'time-limit': () => '请求没有在时限内完成',
    'oversized-json': (p) => `JSON 回答超过了 ${p.mebibytes} MiB，已停止读取（正常的聊天回答只有几 KB）`,
    'oversized-sse': (p) => `SSE 的一个${SSE_PARTS[p.what]}超过了 ${p.mebibytes} MiB 仍未结束，已停止读取（聊天流的每个${SSE_PARTS[p.what]}只有几 KB）`,
    'no-text': () => '响应里没有任何文本',
    'stream-error-object': () => '流里出现了 `error` 对象',
    redirected: (p) => `被重定向到 ${p.location}`,
    'not-json': () => '返回的内容不是 JSON',
    'no-array': (p) => `返回的内容里没有 \`${p.field}\` 数组`,
    'no-message': () => '网络错误',
  },
  errorKind: label,
  error: (e) => `${e.status ? `${e.status} ` : ''}${label(e.kind)}${said(e)}`,
  display(display, version) {
    const labels: Record<ReasoningDisplay, string> = {
      shown: `LibreChat ${version} 会显示`,
      'not-shown': `LibreChat ${version} 不会显示`,
      'plain-text': `LibreChat ${version} 会显示成普通回答`,
      'no-reasoning': '没有推理内容',
    };
    return labels[display];
  },
  skip(skipped) {
    switch (skipped.reason) {
      case 'user-provided':
        return `${skipped.field} 是 user_provided：加 --key-stdin 用你自己的密钥探测`;
      case 'unresolved-variable':
        return `${skipped.field} 用了 ${skipped.variables.map((v) => `\${${v}}`).join('、')}，但没有设置（或为空）：什么都没发送`;
      case 'incomplete-entry':
        return `缺少 ${skipped.field}：LibreChat 启动时会丢掉这一项`;
      case 'invalid-base-url':
        return 'baseURL 不是 http(s):// 地址（必须带协议，如 https://api.example.com/v1）';
    }
  },
  heading: (version) => `  （按 LibreChat ${version} 判断）`,
  skippedHeading: '已跳过（没有发送请求）',
  labels: { error: '错误：', reasoning: '推理：', timings: '耗时：', stream: '流：', secondTurn: '第二轮：', fix: '修正：', addEntry: '并在 endpoints.custom 里加上：', hint: '提示：' },
  secondTurn: (ok, status) => (ok ? '已接受' : `被拒绝${status ? `（${status}）` : ''}`),
  severity: { error: '错误', warn: '警告', info: '提示' },
  timings: { connect: '连接', headers: '响应头', firstReasoning: '首个推理', firstAnswer: '首个回答', total: '总计' },
  chunks: (c) => `${c.total} 个分块（推理 ${c.reasoning}，回答 ${c.answer}${c.comments ? `，注释 ${c.comments}` : ''}）`,
  usage: (u) => `用量：输入 ${u.prompt} + 输出 ${u.completion}${u.reasoning !== undefined ? `（推理 ${u.reasoning}）` : ''}，${USAGE_PLACEMENT[u.placement]}`,
  noUsage: '没有用量',
  finish: (reason) => `结束原因：${reason ?? '无'}`,
  noDone: '没有 [DONE]',
  modelList: (url, outcome) => `GET ${url}：${outcome}`,
  modelListFailed: '失败',
  modelListOk: (status, count) => `${status} · ${count} 个模型`,
  notInList: (id, suggestions) => `配置的模型 \`${id}\` 不在列表里${suggestions.length > 0 ? `（是不是想写 ${suggestions.map((s) => `\`${s}\``).join('、')}？）` : ''}`,
  totals: (t) => `探测了 ${t.probed} 个模型：${t.working} 个正常，${t.failing} 个失败`,
  skippedCount: (n) => `跳过了 ${n} 个端点`,
  progressLive: (done, started, names) => `正在探测 ${done}/${started}${names ? `：${names}` : ''}`,
  progressLine: (done, started, label, ok, ms) => `探测 ${done}/${started}：${label} ${ok ? '正常' : '失败'}（${Math.round(ms)} ms）`,
};
