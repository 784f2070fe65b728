import { REPLAY } from './replay.js';
import type { CheckModelsWords } from '../../check-models/words.js';
import { describeFetchFailure, describeOrigin, describeOrigins, didYouMean } from '../../check-models/messages.js';
import { failureText } from '../../errors/index.js';
import { wordFinding } from '../../validate/word-finding.js';

/** `3 个模型`, `3 个 ID`: a Latin noun gets its space. */
const n = (count: number, noun: string): string => `${count} 个${/^[A-Za-z]/.test(noun) ? ' ' : ''}${noun}`;

const NEAR_MISS = { case: '只差大小写', 'org-prefix': '组织前缀不同', separator: '分隔符不同', typo: '看起来是它的笔误' };

const NOUNS = { model: '模型', endpoint: '端点', entry: '条目', id: 'ID', 'configured model': '配置的模型', 'model id': '模型 ID' };

export const checkModels: CheckModelsWords = {
  checks: {
    'config-problem': (a) => `${wordFinding(a.finding).message}（${a.rule}）${a.first ? '：LibreChat 会拒绝整个文件（退出，或者不带它运行），所以只检查内置端点' : ''}`,
    'endpoint-ok': (a) => `${n(a.count, '模型')}，来自 ${describeOrigins(a.origins) || '无'}`,
    'endpoint-fallback': (a) => `模型拉取失败（${a.reason ? describeFetchFailure(a) : '列表为空'}，地址 ${a.url ?? ''}）；LibreChat 改用备用列表：${n(a.count, '模型')}，来自 ${describeOrigins(a.origins)}`,
    'endpoint-hidden': (a) => a.written
        ? `被隐藏：ENDPOINTS 里写的是 '${a.written}'，但名字区分大小写（'${a.endpoint}'）`
        : `被隐藏：ENDPOINTS=${a.value ?? ''} 里没有 '${a.endpoint}'`,
    'endpoint-not-enabled': (a) => `不显示：${a.variables[0]} 为空，LibreChat 不会启用这个端点${a.models > 0 ? `（配置的 ${n(a.models, '模型')}都不会显示）` : ''}`,
    'entry-dropped': (a) => `加载时被丢掉：缺少 ${a.missing.join('、')}${a.typos.length ? `（找到了 '${a.typos.join('、')}'：键名区分大小写）` : ''}；它的模型都不会显示`,
    'entry-duplicate-name': (a) => `与第 #${a.first} 项同名：LibreChat 按名字区分端点，一个会覆盖另一个`,
    'env-list-suspicious': (a) => `${a.variable} 里有带方括号、引号、空格或 ';' 的 ID：${a.ids.join('、')}（它只是普通的逗号列表）`,
    'unresolved-variable': (a) => `\${${a.variables.join(', ')}} 没有设置：LibreChat 会原样发送占位符，请求会失败；把值写进 .env，变量名 ${a.variables.join('、')}`,
    'env-literal-reference': (a) => `${a.variable} 的值是字面文本 \${${a.references.join(', ')}}：LibreChat 用 dotenv 读 .env，dotenv 从不展开它（只有 Docker Compose 的 env_file 会），所以请求会失败；请把 ${a.references[0] ?? ''} 的值本身写进 ${a.variable}`,
    'user-provided-no-fetch': (a) => `密钥或 URL 是 user_provided：这个 LibreChat 版本从不拉取列表，用户看到的是 models.default（${n(a.count, '模型')}）`,
    'model-replaced-by-fetch': (a, check) => `'${check.model ?? ''}' 在 models.default 里，但拉取到的列表会替换它，而且里面没有它${didYouMean(a)}`,
    'model-not-at-provider': (a, check) => `'${check.model ?? ''}' 会出现在列表里，但提供商并不提供它：选它会失败${didYouMean(a)}`,
    'model-id-punctuation': (a, check) => `对 LibreChat 来说 '${check.model ?? ''}' 是一个模型 ID：里面的逗号或全角标点（中文输入法）不会分隔模型；本意是：${a.ids.join('、')}`,
    'legacy-openrouter-key': (a) => a.takeover
        ? `设置了 OPENROUTER_API_KEY：LibreChat ${a.version} 会用它把内置 OpenAI 端点的对话转到 OpenRouter，模型列表也从 openrouter.ai 获取`
        : `设置了 OPENROUTER_API_KEY：LibreChat ${a.version} 不读取它（不会新增 OpenRouter 端点）`,
    'reasoning-history-refused': (a) => `${REPLAY[a.option].sends(a.provider)}，而它对消息里带 reasoning_content 的请求返回 400：${REPLAY[a.option].fails}`,
    'cache-stale': (a, check) => a.absent
        ? `缓存过期：缓存的 ${a.entry}（${a.key}）里没有 '${check.endpoint ?? ''}' 的列表；按配置应有 ${n(a.resolved, '模型')}`
        : `缓存过期：缓存里有 ${a.cached} 个 ${check.endpoint ?? ''} 模型，按配置应有 ${a.resolved} 个${a.missing.length ? `（缺少：${a.missing.join('、')}）` : ''}${a.expiresIn ? `；LibreChat 会在 ${a.expiresIn} 秒后自动丢弃这条缓存` : ''}`,
    'cache-fresh': (a) => a.lists + a.queries === 0
        ? '这个版本在 Redis 里没有缓存模型列表：LibreChat 会在下一次请求时生成'
        : `Redis 里缓存的模型列表（${a.lists + a.queries} 条）与配置一致`,
    'cache-in-memory': () => '模型列表缓存在 LibreChat 的进程内存里：重启（所有副本）才会生效',
    'cache-unavailable': (a) => `无法读取模型缓存：${failureText(a)}`,
  },
  steps: {
    'entry-missing-field': (a) => `endpoints.custom[${a.index}] 缺少 ${a.missing.join('、')}：loadConfigModels 会悄悄丢掉这一项`,
    'entry-duplicate-name': (a) => `第 #${a.index} 项与第 #${a.first} 项同名`,
    'endpoint-not-enabled': (a) => `${a.variables.join('、')} 为空：${a.endpoint} 端点未启用`,
    'endpoint-enabled': (a) => `已设置 ${a.variable}：${a.endpoint} 端点已启用`,
    'endpoints-allow-list': (a) => a.listed ? `ENDPOINTS 里有 ${a.endpoint}` : `ENDPOINTS=${a.value ?? ''} 里没有 ${a.endpoint}：被隐藏`,
    'endpoints-allow-list-case': (a) => `ENDPOINTS 里写的是 '${a.written ?? ''}'，不是 '${a.endpoint}'（区分大小写）：被隐藏`,
    'custom-always-shown': (a) => `自定义端点 '${a.endpoint}' 会加载（自定义端点不受 ENDPOINTS 限制）`,
    'env-list-replaces': (a) => `已设置 ${a.variable}：其中的 ${n(a.count, 'ID')} 替换默认列表（${a.defaults} 个 ID）${a.fetches ? '，并关闭拉取' : ''}`,
    'env-list-suspicious': (a) => `${a.variable} 里有奇怪的 ID：${a.ids.join('、')}`,
    'yaml-list-wins': (a) => `${a.pointer} 列出了 ${n(a.count, '模型')}，优先于环境变量`,
    'user-provided-defaults': (a) => `${a.variable ?? a.endpoint ?? ''} 是 user_provided：不拉取，使用 ${a.list} 列表（${n(a.count, '模型')}）`,
    'user-provided-fetch-later': () => 'user_provided：用户保存密钥之前用 models.default，之后用该用户的密钥拉取',
    'fetch-disabled': () => 'models.fetch 关闭：models.default 就是列表',
    'fetch-url': (a) => `LibreChat 会请求 GET ${a.url}（超时 5 秒，期望 {data:[{id}]}）`,
    'fetch-ok': (a) => `拉取返回了 ${n(a.count, '模型')}${(a.replaces ?? 0) > 0 ? `；它们替换 models.default（${n(a.replaces ?? 0, 'ID')}）` : ''}`,
    // lc-doctor 自己的说明跟在冒号后面；外部原文（系统的报错）放进全角括号。
    'fetch-failed': (a) => (a.reason === 'http' || a.detail ? `拉取失败：${describeFetchFailure(a)}` : `拉取失败（${describeFetchFailure(a)}）`),
    'fetch-empty': () => '拉取返回了空列表',
    'fetch-chat-completions-url': (a) => `baseURL 以 /chat/completions 结尾，所以会请求 ${a.baseURL}/models，而这个地址不存在`,
    'fetch-trailing-slash': (a) => `baseURL 以 '/' 结尾：这个版本会请求 ${a.baseURL}/models（双斜杠）`,
    'ollama-tags': (a) => `名字以 'ollama' 开头：LibreChat 先请求 ${a.url}${a.ok ? '' : `，但失败了（${describeFetchFailure(a)}）${a.fallsBack ? '，然后尝试 /models' : '；这个版本不会再试 /models'}`}`,
    'openai-filter': (a) => `api.openai.com 的列表按 /${a.pattern}/ 过滤（去掉 audio/realtime）：保留 ${a.kept} 个`,
    'fallback-defaults': (a) => a.reason === 'no-key' ? `没有可用于拉取的密钥：使用 ${a.list} 列表` : `回退到 ${a.list}（${n(a.count, '模型')}）`,
    'default-list': (a) => `${a.listVariable ?? ''} 未设置：使用 LibreChat 默认的 ${a.list} 列表（${n(a.count, '模型')}）`,
    'yaml-defaults': (a) => `models.default 列出了 ${n(a.count, '模型')}`,
    'unresolved-variable': (a) => `\${${a.variables.join(', ')}} 没有设置：使用字面占位符`,
    'env-literal-reference': (a) => `${a.variable} 里的 \${${a.references.join(', ')}} 没有展开：密钥就是这段字面文本`,
    'model-in-list': (a) => `'${a.model}' 在列表里（${describeOrigin(a.originKind, a.origin)}）：会显示`,
    'model-not-at-provider': (a) => `'${a.model}' 会显示，但提供商的 /models 里没有它${didYouMean(a)}`,
    'model-replaced-by-fetch': (a) => `'${a.model}' 在 models.default 里，但拉取到的列表（${n(a.fetched, '模型')}）会替换 models.default，而且没有它${didYouMean(a)}`,
    'model-only-at-provider': (a) => `'${a.model}' 在提供商那边有（${a.url ?? ''}），但不在配置的列表里${a.listed ? `，列表里写的是 '${a.listed}'` : ''}${a.fetch ? '；加到 models.default 里，或者设 models.fetch: true 显示提供商的全部模型' : ''}`,
    'model-cache-stale': (a) =>
      a.absent
        ? `LibreChat 缓存的 ${a.entry}（${a.key}）里没有这个端点的列表：LibreChat 用的是缓存里的列表，清除缓存之前端点和模型都不会显示`
        : `LibreChat 缓存的 ${a.entry}（${a.key}）是旧列表，里面没有 '${a.model}'：LibreChat 用的是这份列表，${a.expiresIn ? `要等这条缓存过期（${a.expiresIn} 秒后）或者清除缓存，` : '清除缓存之前'}这个模型${a.expiresIn ? '才会显示' : '不会显示'}`,
    'model-in-no-endpoint': (a) =>
      `'${a.model}' 不在任何端点的列表里（已查：${a.endpoints.join('、') || '无'}）${a.lists.length > 0 ? `；可以加到 ${a.lists.join('、')}：` : '；没有显示的端点，没有列表能放它'}`,
  },
  notListed: {
    shownAs: (model, suggestion) => `'${model}' 不在任何列表里，但提供商的 '${suggestion}' 在列表里并且会显示：请用这个 ID`,
    notAtProvider: (model) => `'${model}' 不在任何列表里，提供商的 /models 里也没有它：加进列表只会显示一个用不了的模型`,
    addIt: (model, didYouMean, advice) => `'${model}' 不在任何列表里${didYouMean}；${advice}`,
  },
  listAdvice: {
    fetched: '拉取到的提供商列表会替换 models.default，只有提供商提供的 ID 才会显示',
    modelsDefault: (fetchable) => `加到 models.default 里${fetchable ? '；如果提供商提供它，也可以设 models.fetch: true' : ''}`,
    replaces: (list, count) => `${list} 会整个替换现在显示的 ${n(count, '模型')}，所以这一行要列出它们全部，再加上这个`,
    add: (list) => `加到 ${list} 里`,
  },
  probe: {
    userProvided: (field) => `未探测：${field} 是 user_provided（每个用户在 LibreChat 里自己填密钥）`,
    skipped: (reason) => `未探测：${reason}`,
    probed: (p) => `探测：${p.verdict}${p.reasoning ? `；推理内容：${p.reasoning}` : ''}（${p.firstReasoningMs !== undefined ? `首个推理 ${p.firstReasoningMs} ms，` : ''}总计 ${p.totalMs} ms）`,
  },
  origin: { 'default-list': (list) => `LibreChat 默认的 ${list} 列表`, fetched: (url) => `拉取自 ${url}` },
  didYouMean: (suggestion, how) => `；提供商那边有 '${suggestion}'（${how}）`,
  nearMiss: NEAR_MISS,
  httpFailure: (status, message) => `HTTP ${status}${message ? `（${message}）` : ''}`,
  fetchDetails: {
    'invalid-url': () => '不是合法的 URL',
    refused: () => '连接被拒绝',
    'host-not-found': () => '找不到主机',
    'no-answer': (p) => `${p.seconds} 秒内没有响应`,
  },
  probeSkipped: { 'not-in-build': '这个构建里没有流式探测' },
  plural: (count, word) => n(count, NOUNS[word]),
  noFiles: '没有文件',
  status: { ok: '正常', warn: '警告', fail: '失败' },
  fixWhere: { env: '写进 .env', yaml: '改 librechat.yaml', command: '运行' },
  fixLabel: '修正',
  fixNotes: { 'ollama-name': '名字不以 "ollama" 开头时，只请求 /models', 'keep-models-default': '按原样保留 models.default' },
  fixLead: (label, where) => `${label}（${where}）：`,
  hintLabel: '提示：',
  aside: (text) => `（${text}）`,
  topics: { config: '配置', cache: '缓存', env: '.env', legacy: '旧变量', reasoning: '推理' },
  endpointKind: { builtin: '内置', custom: '自定义' },
  endpointStatus: { shown: '显示', fallback: '用备用列表', hidden: '隐藏', dropped: '被丢掉' },
  titled: (title, text) => `${title}：${text}`,
  nearMissItem: (id, endpoint, kind) => `${id}（${endpoint}，${NEAR_MISS[kind]}）`,
  whyTitle: (model) => `为什么 ${model}`,
  whyVerdict: { shown: '会显示', 'shown-not-served': '会显示，但提供商并不提供它', 'not-shown': '不会显示' },
  whyEndpoint: (endpoint) => `（端点 ${endpoint}）`,
  nearMisses: (list) => `相近的模型：${list}`,
  whyPlace: (endpoint, advice) => `${endpoint}：${advice}`,
  summary: (sum) => `显示 ${sum.endpoints} 个端点、${sum.models} 个模型`,
  counts: (c) => ({ ok: `${c.ok} 项正常`, warn: `${c.warn} 项警告`, fail: `${c.fail} 项失败` }),
  allShow: '所有配置的模型都会显示',
  someDoNot: '有些配置的模型不会显示或无法使用',
  markdownColumns: '| | 端点 | 模型 | 结果 | 修正 |',
  fix: {
    none: '--fix：没有可以自动更正的内容（只更正和提供商那边只差大小写、或者只有一个相近 ID 的模型 ID，以及把推理内容发回给会拒绝它的提供商的设置）',
    headline: (f) =>
      `--fix ${f.dryRun ? '将更正' : '已更正'} ${f.files} 里${[f.ids ? `的 ${f.ids} 个模型 ID` : '', f.replays ? `${f.ids ? '和' : '的'} ${f.replays} 个端点的推理回传设置` : ''].join('')}${f.dryRun ? '（--dry-run：没有写入）' : `（原文件保存为 ${f.backups}）`}`,
    again: '再运行一次 check-models，看 LibreChat 现在会生成的列表',
    markdown: (dryRun, list) => `--fix ${dryRun ? '将更正' : '已更正'}：${list || '无'}`,
  },
  demo: {
    intro: '在回环地址上启动模拟提供商，生成示例 librechat.yaml 和 .env，然后对它们运行 doctor --probe。',
    configCaption: 'librechat.yaml（在临时目录里，用完即删）：',
    onYourOwn: '在你自己的部署上：lc-doctor doctor <folder> --probe',
    stories: {
      deepseek: 'DeepSeek 风格的推理端点，配置正确',
      qwen: 'DashScope 风格的端点：Qwen 只有带上 enable_thinking 才思考，而配置没有发送它',
      siliconflow: "SiliconFlow 风格的端点，配置里有个模型 ID 大小写写错了（'-exp' 应为 '-Exp'）",
    },
  },
};
