import type { NestedFinding } from '../../../core/problems.js';
import type { LocatedCheck } from '../../../models/report.js';
import type { DecisionStep } from '../../../models/types.js';
import type { ModelStep } from '../../../models/why.js';
import type { ReasoningDisplay, SkippedTarget, Verdict } from '../../../probe/types.js';
import type { CheckModelsWords } from '../../check-models/words.js';
import { describeDisplay, describeSkip, describeVerdict } from '../../probe/words.js';
import { wordFinding } from '../../validate/word-finding.js';
import { failureText } from '../../errors/index.js';

type Args = Record<string, unknown>;
const s = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
const n = (value: unknown, noun: string): string => `${s(value)} 个${noun}`;

function origins(args: Args): string {
  const list = (args.origins as string[] | undefined) ?? [];
  return list
    .map((o) => (o.startsWith('fetched:') ? `GET ${o.slice(8)}` : o.startsWith('default:') ? `LibreChat 默认的 ${o.slice(8)} 列表` : o.startsWith('/') ? 'models.default' : o))
    .join(' + ');
}

function didYouMean(args: Args): string {
  if (!args.suggestion) return '';
  const why = args.kind === 'case' ? '只差大小写' : args.kind === 'org-prefix' ? '组织前缀不同' : args.kind === 'separator' ? '分隔符不同' : '看起来是它的笔误';
  return `；提供商那边有 '${s(args.suggestion)}'（${why}）`;
}

function fetchFailure(args: Args): string {
  if (args.reason === 'http') return `HTTP ${s(args.status)}${args.message ? `：${s(args.message)}` : ''}`;
  return s(args.message) || s(args.reason);
}

function describeCheck(check: LocatedCheck): string {
  const a = check.args as Args;
  switch (check.code) {
    case 'config-problem':
      return `${wordFinding(a.finding as NestedFinding).message}（${s(a.rule)}）${a.first ? '：LibreChat 会拒绝整个文件（退出，或者不带它运行），所以只检查内置端点' : ''}`;
    case 'endpoint-ok':
      return `${n(a.count, '模型')}，来自 ${origins(a) || '无'}`;
    case 'endpoint-fallback':
      return `模型拉取失败（${a.reason ? fetchFailure(a) : '列表为空'}，地址 ${s(a.url)}）；LibreChat 改用备用列表：${n(a.count, '模型')}，来自 ${origins(a)}`;
    case 'endpoint-hidden':
      return a.written
        ? `被隐藏：ENDPOINTS 里写的是 '${s(a.written)}'，但名字区分大小写（'${s(a.endpoint)}'）`
        : `被隐藏：ENDPOINTS=${s(a.value)} 里没有 '${s(a.endpoint)}'`;
    case 'endpoint-not-enabled':
      return `不显示：${s(a.variables).split(', ')[0]} 为空，LibreChat 不会启用这个端点${Number(a.models) > 0 ? `（配置的 ${n(a.models, '模型')}都不会显示）` : ''}`;
    case 'entry-dropped':
      return `加载时被丢掉：缺少 ${s(a.missing)}${(a.typos as string[]).length ? `（找到了 '${s(a.typos)}'：键名区分大小写）` : ''}；它的模型都不会显示`;
    case 'entry-duplicate-name':
      return `与第 #${s(a.first)} 项同名：LibreChat 按名字区分端点，一个会覆盖另一个`;
    case 'env-list-suspicious':
      return `${s(a.variable)} 里有带方括号、引号、空格或 ';' 的 ID：${s(a.ids)}（它只是普通的逗号列表）`;
    case 'unresolved-variable':
      return `\${${s(a.variables)}} 没有设置：LibreChat 会原样发送占位符，请求会失败；把值写进 .env，变量名 ${s(a.variables)}`;
    case 'env-literal-reference':
      return `${s(a.variable)} 的值是字面文本 \${${s(a.references)}}：LibreChat 用 dotenv 读 .env，dotenv 从不展开它（只有 Docker Compose 的 env_file 会），所以请求会失败；请把 ${s((a.references as string[])[0])} 的值本身写进 ${s(a.variable)}`;
    case 'user-provided-no-fetch':
      return `密钥或 URL 是 user_provided：这个 LibreChat 版本从不拉取列表，用户看到的是 models.default（${n(a.count, '模型')}）`;
    case 'model-replaced-by-fetch':
      return `'${s(check.model)}' 在 models.default 里，但拉取到的列表会替换它，而且里面没有它${didYouMean(a)}`;
    case 'model-not-at-provider':
      return `'${s(check.model)}' 会出现在列表里，但提供商并不提供它：选它会失败${didYouMean(a)}`;
    case 'model-id-punctuation':
      return `对 LibreChat 来说 '${s(check.model)}' 是一个模型 ID：里面的逗号或全角标点（中文输入法）不会分隔模型；本意是：${s(a.ids)}`;
    case 'legacy-openrouter-key':
      return a.takeover
        ? `设置了 OPENROUTER_API_KEY：LibreChat ${s(a.version)} 会用它把内置 OpenAI 端点的对话转到 OpenRouter，模型列表也从 openrouter.ai 获取`
        : `设置了 OPENROUTER_API_KEY：LibreChat ${s(a.version)} 不读取它（不会新增 OpenRouter 端点）`;
    case 'cache-stale':
      return a.absent
        ? `缓存过期：缓存的 ${s(a.entry)}（${s(a.key)}）里没有 '${s(check.endpoint)}' 的列表；按配置应有 ${n(a.resolved, '模型')}`
        : `缓存过期：缓存里有 ${s(a.cached)} 个 ${s(check.endpoint)} 模型，按配置应有 ${s(a.resolved)} 个${(a.missing as string[]).length ? `（缺少：${s(a.missing)}）` : ''}`;
    case 'cache-fresh':
      return Number(a.lists) + Number(a.queries) === 0
        ? '这个版本在 Redis 里没有缓存模型列表：LibreChat 会在下一次请求时生成'
        : `Redis 里缓存的模型列表（${Number(a.lists) + Number(a.queries)} 条）与配置一致`;
    case 'cache-in-memory':
      return '模型列表缓存在 LibreChat 的进程内存里：重启（所有副本）才会生效';
    case 'cache-unavailable':
      return `无法读取模型缓存：${failureText(a)}`;
    case 'probe':
      return describeProbe(a);
  }
}

/** 探测结果沿用 probe 自己的措辞。 */
function describeProbe(a: Args): string {
  if (a.verdict === 'skipped' && a.reason === 'user-provided') return `未探测：${s(a.field)} 是 user_provided（每个用户在 LibreChat 里自己填密钥）`;
  if (a.verdict === 'skipped') return `未探测：${describeSkip({ name: '', source: '', reason: a.reason as SkippedTarget['reason'], field: s(a.field), variables: (a.variables as string[]) ?? [] })}`;
  const verdict = { code: a.verdict, severity: 'info', data: a } as unknown as Verdict;
  const timing = Number(a.firstReasoningMs) >= 0 ? `首个推理 ${s(a.firstReasoningMs)} ms，` : '';
  const reasoning = a.display === 'no-reasoning' ? '' : `；推理内容：${describeDisplay(a.display as ReasoningDisplay, s(a.version))}`;
  return `探测：${describeVerdict(verdict)}${reasoning}（${timing}总计 ${s(a.totalMs)} ms）`;
}

function describeOrigin(kind: string, detail: string): string {
  if (kind === 'default-list') return `LibreChat 默认的 ${detail} 列表`;
  if (kind === 'fetched') return `拉取自 ${detail}`;
  return detail;
}

function describeStep(step: DecisionStep | ModelStep): string {
  const a = step.args as Args;
  switch (step.code) {
    case 'entry-missing-field':
      return `endpoints.custom[${s(a.index)}] 缺少 ${s(a.missing)}：loadConfigModels 会悄悄丢掉这一项`;
    case 'entry-duplicate-name':
      return `第 #${s(a.index)} 项与第 #${s(a.first)} 项同名`;
    case 'endpoint-not-enabled':
      return `${s(a.variables)} 为空：${s(a.endpoint)} 端点未启用`;
    case 'endpoint-enabled':
      return `已设置 ${s(a.variable)}：${s(a.endpoint)} 端点已启用`;
    case 'endpoints-allow-list':
      return a.listed ? `ENDPOINTS 里有 ${s(a.endpoint)}` : `ENDPOINTS=${s(a.value)} 里没有 ${s(a.endpoint)}：被隐藏`;
    case 'endpoints-allow-list-case':
      return `ENDPOINTS 里写的是 '${s(a.written)}'，不是 '${s(a.endpoint)}'（区分大小写）：被隐藏`;
    case 'custom-always-shown':
      return `自定义端点 '${s(a.endpoint)}' 会加载（自定义端点不受 ENDPOINTS 限制）`;
    case 'env-list-replaces':
      return `已设置 ${s(a.variable)}：其中的 ${n(a.count, 'ID')}替换默认列表（${s(a.defaults)} 个 ID）${a.fetches ? '，并关闭拉取' : ''}`;
    case 'env-list-suspicious':
      return `${s(a.variable)} 里有奇怪的 ID：${s(a.ids)}`;
    case 'yaml-list-wins':
      return `${s(a.pointer)} 列出了 ${n(a.count, '模型')}，优先于环境变量`;
    case 'user-provided-defaults':
      return `${s(a.variable ?? a.endpoint)} 是 user_provided：不拉取，使用 ${s(a.list)} 列表（${n(a.count, '模型')}）`;
    case 'user-provided-fetch-later':
      return 'user_provided：用户保存密钥之前用 models.default，之后用该用户的密钥拉取';
    case 'fetch-disabled':
      return 'models.fetch 关闭：models.default 就是列表';
    case 'fetch-url':
      return `LibreChat 会请求 GET ${s(a.url)}（超时 5 秒，期望 {data:[{id}]}）`;
    case 'fetch-ok':
      return `拉取返回了 ${n(a.count, '模型')}${Number(a.replaces) > 0 ? `；它们替换 models.default（${n(a.replaces, 'ID')}）` : ''}`;
    case 'fetch-failed':
      return `拉取失败：${fetchFailure(a)}`;
    case 'fetch-empty':
      return '拉取返回了空列表';
    case 'fetch-chat-completions-url':
      return `baseURL 以 /chat/completions 结尾，所以会请求 ${s(a.baseURL)}/models，而这个地址不存在`;
    case 'fetch-trailing-slash':
      return `baseURL 以 '/' 结尾：这个版本会请求 ${s(a.baseURL)}/models（双斜杠）`;
    case 'ollama-tags':
      return `名字以 'ollama' 开头：LibreChat 先请求 ${s(a.url)}${a.ok ? '' : `，但失败了（${s(a.message)}）${a.fallsBack ? '，然后尝试 /models' : '；这个版本不会再试 /models'}`}`;
    case 'openai-filter':
      return `api.openai.com 的列表按 /${s(a.pattern)}/ 过滤（去掉 audio/realtime）：保留 ${s(a.kept)} 个`;
    case 'fallback-defaults':
      return a.reason === 'no-key' ? `没有可用于拉取的密钥：使用 ${s(a.list)} 列表` : `回退到 ${s(a.list)}（${n(a.count, '模型')}）`;
    case 'default-list':
      return `${s(a.listVariable)} 未设置：使用 LibreChat 默认的 ${s(a.list)} 列表（${n(a.count, '模型')}）`;
    case 'yaml-defaults':
      return `models.default 列出了 ${n(a.count, '模型')}`;
    case 'unresolved-variable':
      return `\${${s(a.variables)}} 没有设置：使用字面占位符`;
    case 'env-literal-reference':
      return `${s(a.variable)} 里的 \${${s(a.references)}} 没有展开：密钥就是这段字面文本`;
    case 'model-in-list':
      return `'${s(a.model)}' 在列表里（${describeOrigin(s(a.originKind), s(a.origin))}）：会显示`;
    case 'model-not-at-provider':
      return `'${s(a.model)}' 会显示，但提供商的 /models 里没有它${didYouMean(a)}`;
    case 'model-replaced-by-fetch':
      return `'${s(a.model)}' 在 models.default 里，但拉取到的列表（${n(a.fetched, '模型')}）会替换 models.default，而且没有它${didYouMean(a)}`;
    case 'model-only-at-provider':
      return `'${s(a.model)}' 在提供商那边有（${s(a.url)}），但不在配置的列表里${a.listed ? `，列表里写的是 '${s(a.listed)}'` : ''}${a.fetch ? '；加到 models.default 里，或者设 models.fetch: true 显示提供商的全部模型' : ''}`;
    case 'model-not-listed':
      if (a.shown) return `'${s(a.model)}' 不在任何列表里，但提供商的 '${s(a.suggestion)}' 在列表里并且会显示：请用这个 ID`;
      if (a.providerAnswered && !a.suggestion) return `'${s(a.model)}' 不在任何列表里，提供商的 /models 里也没有它：加进列表只会显示一个用不了的模型`;
      return `'${s(a.model)}' 不在任何列表里${didYouMean(a)}；${listAdvice(a)}`;
    case 'model-cache-stale':
      return a.absent
        ? `LibreChat 缓存的 ${s(a.entry)}（${s(a.key)}）里没有这个端点的列表：LibreChat 用的是缓存里的列表，清除缓存之前端点和模型都不会显示`
        : `LibreChat 缓存的 ${s(a.entry)}（${s(a.key)}）是旧列表，里面没有 '${s(a.model)}'：LibreChat 用的是这份列表，清除缓存之前这个模型不会显示`;
    case 'model-in-no-endpoint':
      return `'${s(a.model)}' 不在任何端点的列表里（已查：${s(a.endpoints) || '无'}）${(a.lists as string[]).length > 0 ? `；可以加到 ${s(a.lists)}：` : '；没有显示的端点，没有列表能放它'}`;
  }
}

/** 新 ID 在这个端点上该加到哪里，以及这样改意味着什么。 */
function listAdvice(a: Args): string {
  if (a.fetched) return '拉取到的提供商列表会替换 models.default，只有提供商提供的 ID 才会显示';
  if (a.list === 'models.default') return `加到 models.default 里${a.fetchable ? '；如果提供商提供它，也可以设 models.fetch: true' : ''}`;
  if (a.replaces) return `${s(a.list)} 会整个替换现在显示的 ${n(a.count, '模型')}，所以这一行要列出它们全部，再加上这个`;
  return `加到 ${s(a.list)} 里`;
}

const NOUNS = { model: '模型', endpoint: '端点', entry: '条目', id: 'ID', 'configured model': '配置的模型', 'model id': '模型 ID' };

export const checkModels: CheckModelsWords = {
  check: describeCheck,
  step: describeStep,
  origin: describeOrigin,
  plural: (count, word) => `${count} 个${NOUNS[word]}`,
  noFiles: '没有文件',
  status: { ok: '正常', warn: '警告', fail: '失败' },
  fixWhere: { env: '在 .env 里', yaml: '在 librechat.yaml 里', command: '运行' },
  fixLabel: '修正',
  hintLabel: '提示',
  whyTitle: (model) => `为什么 ${model}`,
  whyVerdict: { shown: '会显示', 'shown-not-served': '会显示，但提供商并不提供它', 'not-shown': '不会显示' },
  whyEndpoint: (endpoint) => `（端点 ${endpoint}）`,
  nearMisses: (list) => `相近的模型：${list}`,
  whyPlace: (place) => `${place.endpoint}：${listAdvice(place as unknown as Args)}`,
  summary: (sum) => `显示 ${sum.endpoints} 个端点、${sum.models} 个模型`,
  counts: (c) => ({ ok: `${c.ok} 正常`, warn: `${c.warn} 警告`, fail: `${c.fail} 失败` }),
  allShow: '所有配置的模型都会显示',
  someDoNot: '有些配置的模型不会显示或无法使用',
  markdownColumns: '| | 端点 | 模型 | 结果 | 修正 |',
  fix: {
    none: '--fix：没有可以自动更正的模型 ID（只更正和提供商那边只差大小写、或者只有一个相近 ID 的）',
    headline: (f) => `--fix ${f.dryRun ? '将更正' : '已更正'} ${f.files} 里的 ${f.count} 个模型 ID${f.dryRun ? '（--dry-run：没有写入）' : `（原文件保存为 ${f.backups}）`}`,
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
