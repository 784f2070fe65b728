import { REPLAY } from './replay.js';
import type { ComposeProblem } from '../../../compose/index.js';
import type { NoFixReason } from '../../../core/text-edit.js';
import type { MissingEndpointField } from '../../../rules/support.js';
import type { AzureGroupProblem, PatternKind, ValidateFindings, ValueShape } from '../../../validate/findings.js';
import type { ValidateWords } from '../../validate/words.js';

const SECRET_KINDS = {
  openai: '一个 sk- 开头的 OpenAI 密钥',
  modelscope: '一个 ms- 开头的 ModelScope 密钥',
  google: '一个 AIza 开头的 Google API 密钥',
  groq: '一个 gsk_ 开头的 Groq 密钥',
  xai: '一个 xai- 开头的 xAI 密钥',
  huggingface: '一个 hf_ 开头的 Hugging Face 令牌',
  token: '一段很长的令牌',
  'url-password': 'URL 里的密码',
  header: '请求头里的凭据',
};

const EXAMPLE_SECRET_CONSEQUENCE: Record<string, string> = {
  CREDS_KEY: '任何人都能解密数据库里用户保存的 API 密钥',
  CREDS_IV: '任何人都能解密数据库里用户保存的 API 密钥',
  JWT_SECRET: '任何人都能伪造登录令牌',
  JWT_REFRESH_SECRET: '任何人都能伪造刷新令牌',
};

const DEPRECATED: Record<string, [string, string]> = {
  OPENROUTER_API_KEY: [
    'OPENROUTER_API_KEY 会把内置的 OpenAI 端点（模型列表和请求）整个转到 OpenRouter，而不是新增一个 OpenRouter 端点',
    '改个名字（如 OPENROUTER_KEY），在自定义端点里引用：apiKey: "${OPENROUTER_KEY}"',
  ],
  OPENAI_SUMMARIZE: ['OPENAI_SUMMARIZE 已不再读取', '改用 librechat.yaml 顶层的 `summarization` 配置'],
  OPENAI_SUMMARY_MODEL: ['OPENAI_SUMMARY_MODEL 已不再读取', '改在 librechat.yaml 里设置 `summarization.model`'],
  OPENAI_FORCE_PROMPT: ['OPENAI_FORCE_PROMPT 已不再读取', '删掉即可：v0.8 始终使用 chat API'],
  DEBUG_OPENAI: ['DEBUG_OPENAI 已不再读取', '改用 DEBUG_LOGGING=true（以及 DEBUG_CONSOLE=true）'],
  CHECK_BALANCE: ['CHECK_BALANCE 已弃用（LibreChat 启动时会警告）', '改用 librechat.yaml 里的 `balance.enabled`'],
  START_BALANCE: ['START_BALANCE 已弃用（LibreChat 启动时会警告）', '改用 librechat.yaml 里的 `balance.startBalance`'],
  GOOGLE_API_KEY: ['GOOGLE_API_KEY 已弃用（LibreChat 启动时会警告），它原本用于 Google 搜索工具', '搜索用 GOOGLE_SEARCH_API_KEY，Google 端点用 GOOGLE_KEY'],
};

const LEGACY_FIELD_HINTS: Record<string, string> = {
  summarize: '改用顶层的 `summarization` 配置',
  summaryModel: '改在顶层设置 `summarization.model`',
  forcePrompt: '删掉即可：v0.8 始终使用 chat completions API',
  customOrder: '删掉即可：端点顺序按列表顺序（以及 ENDPOINTS）',
};

const OPENAI_MODELS_PROBLEMS = {
  'json-array': ['OPENAI_MODELS 写成了 JSON 数组：方括号会变成第一个和最后一个模型名的一部分', '写成普通列表'],
  quotes: ['OPENAI_MODELS 列表里有引号：引号会变成模型名的一部分', '去掉每个模型两边的引号'],
  semicolon: ["OPENAI_MODELS 用了 ';' 分隔：LibreChat 只按逗号拆分，所以这些会被当成一个模型名", '用逗号分隔模型'],
  whitespace: ['OPENAI_MODELS 里有模型名包含空格或换行：LibreChat 只按逗号拆分', '用逗号分隔模型，写在同一行'],
  'empty-item': ['OPENAI_MODELS 有空项（连续、开头或结尾的逗号）：LibreChat 会丢掉它', '删掉多余的逗号'],
};

/** 括号里留着 Compose 自己的英文原话，方便和 `docker compose up` 的输出对照。 */
const COMPOSE_PROBLEMS: { [K in ComposeProblem['kind']]: (p: Extract<ComposeProblem, { kind: K }>) => string } = {
  'interpolation-invalid': (p) => `变量替换写法无效：${p.text}（invalid interpolation format），Docker Compose 拒绝启动`,
  'required-variable': (p) => `必需的变量 ${p.name} 没有值${p.message ? `：${p.message}` : ''}，Docker Compose 拒绝启动`,
  'env-file-missing': (p) => `服务 ${p.service} 的 env_file ${p.file} 不存在，Docker Compose 拒绝启动`,
};

const fieldName = (field: MissingEndpointField): string => (field === 'models-source' ? 'models.fetch 或 models.default' : field);

const PATTERNS: Record<PatternKind, string> = {
  'ws-url': 'ws:// 或 wss:// 地址',
  'http-url': 'http://、https://、socks:// 或 socks5:// 地址',
  'host-port': 'host:port 形式（例如 localhost:11434）',
  'private-address': '私有、回环或链路本地地址',
  'dot-domain': '以点开头的域名（".example.com"）',
};

const YAML_PROBLEMS: Record<string, string> = {
  TAB_AS_INDENT: '缩进用了 Tab',
  DUPLICATE_KEY: '同一层有重复的键',
  BAD_INDENT: '缩进不对',
  MISSING_CHAR: '缺少字符（如冒号、括号或引号）',
  BAD_SCALAR: '值的写法有误',
  BLOCK_AS_IMPLICIT_KEY: '块结构不能用作键',
  MULTILINE_IMPLICIT_KEY: '隐式键不能跨行',
  UNEXPECTED_TOKEN: '出现了不该出现的符号',
  TAG_RESOLVE_FAILED: '无法解析的标签',
  BAD_ALIAS: '别名（*name）写法有误',
  MISSING_ANCHOR: '别名引用了不存在的锚点（&name）',
  BAD_DIRECTIVE: '指令写法有误',
  MULTIPLE_DOCS: '文件里有多个 YAML 文档',
  KEY_OVER_1024_CHARS: '键超过 1024 个字符',
  DUPLICATE_ANCHOR: '锚点名重复',
};

const YAML_HINTS: Record<string, string> = {
  TAB_AS_INDENT: 'YAML 缩进只能用空格，不能用 Tab',
  DUPLICATE_KEY: 'LibreChat（js-yaml）同样拒绝重复的键：只保留一个',
  BAD_INDENT: '对照上一级检查这一行的缩进',
  MISSING_CHAR: '对照上一级检查这一行的缩进',
};

const NO_FIX_REASONS: Record<NoFixReason, string> = {
  'value-from-environment': '值来自环境变量；到设置它的地方去改',
  'model-object': '这一项是 { name: ... } 对象；请决定由哪个模型保留其他字段',
  'not-plain-text': '值用了转义、块或别名的写法，无法精确修改',
  'key-exists': '建议的键已经存在；手动保留其中一个',
  'overlaps-another-fix': '另一个修复改的是同一段文字；再运行一次 --fix',
  'result-not-valid': '应用这个修复后，文件的校验结果会比之前更差',
};

const AZURE_PROBLEMS: Record<AzureGroupProblem, (model: string) => [string, string]> = {
  'duplicate-group': () => ['定义了两次', '每个分组用不同的 `group` 名'],
  'serverless-without-base-url': () => ['是 serverless 但没有 baseURL', '把 serverless 部署的地址写到 `baseURL`'],
  'no-instance-name': () => ['没有 instanceName', '加上 `instanceName`（.openai.azure.com 前面的名字），或者设置 `serverless: true` 并写上 baseURL'],
  'duplicate-model': (model) => [`重复了模型 "${model}"（模型名在所有分组里必须唯一）`, '每个模型名只放在一个分组里'],
  'model-without-deployment': (model) => [`里的模型 "${model}" 没有 deploymentName 或 version`, '在模型上设置 `deploymentName` 和 `version`，或者在分组上为所有模型设置'],
};

const TOO_DEEP = { message: '文档嵌套太深，无法解析', hint: 'LibreChat 配置一般只有几层；检查是否有失控的括号或缩进' };
const WRITE_VALUE_ITSELF = '这里直接写值；变量只在密钥、URL 和请求头里生效';

/** The subject of a schema message, spaced for the Chinese that follows: `` `a.b` `` then a space, or 整个文件. */
const where = (path: string) => (path === '' ? '整个文件' : `\`${path}\` `);
const TYPE_NAMES: Record<string, string> = { array: '数组', object: '键值映射', integer: '整数', null: 'null', string: '字符串', number: '数字', boolean: '布尔值' };
const typeName = (type: string) => TYPE_NAMES[type] ?? type;
/** What a value must look like, spaced for the Chinese before it: `必须是 host:port 形式`, `必须是私有……地址`. */
const pattern = (p: { pattern: string; patternKind?: PatternKind }) => {
  const text = p.patternKind ? PATTERNS[p.patternKind] : `匹配 /${p.pattern}/ 的文本`;
  return /^[\x21-\x7e]/.test(text) ? ` ${text}` : text;
};

function describeValue(actual: ValueShape): string {
  switch (actual.kind) {
    case 'nothing': return '空内容（文档为空）';
    case 'null': return '空值（null）';
    case 'array': return '数组';
    case 'object': return '键值映射';
    default: return `${typeName(actual.kind)}（${actual.text}）`;
  }
}

function limit(keyword: string, n: number, actual: string): string {
  switch (keyword) {
    case 'minItems': return `至少要有 ${n} 项`;
    case 'maxItems': return `最多只能有 ${n} 项`;
    case 'minProperties': return n === 1 ? '不能为空：至少配置一项' : `至少要有 ${n} 个键`;
    case 'maxProperties': return `最多只能有 ${n} 个键`;
    case 'minLength': return n === 1 ? '不能为空' : `至少要有 ${n} 个字符`;
    case 'maxLength': return `最多只能有 ${n} 个字符`;
    case 'minimum': return `必须大于等于 ${n}，实际是 ${actual}`;
    case 'maximum': return `必须小于等于 ${n}，实际是 ${actual}`;
    case 'exclusiveMinimum': return `必须大于 ${n}，实际是 ${actual}`;
    case 'exclusiveMaximum': return `必须小于 ${n}，实际是 ${actual}`;
    case 'multipleOf': return `必须是 ${n} 的倍数`;
    case 'oneOf': return '同时符合多种允许的写法，请写得明确一些';
    default: return `无效（${keyword}）`;
  }
}

const place = (parent: string | undefined) => (parent ? `\`${parent}\` 里` : '顶层');

type DefinitionParams = ValidateFindings['custom-params-invalid.definition'];
const none = (value: string | undefined): string => value ?? '（未设置）';

/** `validateSettingDefinitions` 不接受的地方，按问题分。 */
const DEFINITION_PROBLEMS: Record<DefinitionParams['problem'], (p: DefinitionParams) => string> = {
  columns: () => 'columns 只能是 1 到 4',
  'missing-field': (p) => `缺少 ${none(p.detail)}`,
  type: () => 'type 不是 number、boolean、string、enum 或 array',
  'tags-type': () => 'component 为 tags 时 type 必须是 array，反之亦然',
  'min-tags': () => 'minTags 是负数',
  'max-tags': () => 'maxTags 是负数',
  'tags-default-array': (p) => `默认值 ${none(p.value)} 不是列表`,
  'tags-default-max': (p) => `默认值 ${none(p.value)} 的标签数超过 maxTags`,
  'tags-default-min': (p) => `默认值 ${none(p.value)} 的标签数少于 minTags`,
  'textarea-number': () => 'textarea 只能放文本，不能是 number',
  'min-text-over-max': () => 'minText 大于 maxText',
  'min-text-negative': () => 'minText 是负数',
  'max-text-negative': () => 'maxText 是负数',
  'slider-range': () => '数值滑块需要 range',
  'slider-options': () => 'enum 滑块至少要 2 个选项',
  'switch-options': () => 'checkbox 或 switch 最多 2 个选项',
  'dropdown-options': () => 'dropdown 至少要 2 个选项',
  'combobox-options': () => 'combobox 至少要 2 个选项',
  'default-number': (p) => `默认值 ${none(p.value)} 不是数字`,
  'default-boolean': (p) => `默认值 ${none(p.value)} 不是 true 或 false`,
  'default-string': (p) => `默认值 ${none(p.value)} 不是字符串`,
  'default-option': (p) => `默认值 ${none(p.value)} 不在选项（${(p.options ?? []).join('、')}）里`,
  'default-range': (p) => `默认值 ${none(p.value)} 超出范围 ${p.range ?? ''}`,
  'positive-min-over-max': (p) => `range.positiveMin 大于 max（${p.range ?? ''}）`,
  'default-positive-min': (p) => `默认值 ${none(p.value)} 既不是 min，也不小于 positiveMin（${p.range ?? ''}）`,
  'enum-mapping': (p) => `选项 "${none(p.detail)}" 在 enumMappings 里没有对应项`,
};

export const validate: ValidateWords = {
  findings: {
    'azure-group-invalid': (p) => {
      const [problem, hint] = AZURE_PROBLEMS[p.problem](p.model ?? '');
      return { message: `Azure 分组 "${p.group}" ${problem}：LibreChat 会拒绝启动（"Invalid Azure OpenAI configuration"）`, hint };
    },
    'custom-params-invalid.endpoint': (p) => ({
      message: `'${p.endpoint}' 的 defaultParamsEndpoint "${p.paramEndpoint}" 不是 LibreChat 认识的值：它会拒绝启动（"defaultParamsEndpoint of "${p.endpoint}" endpoint is invalid"）`,
      hint: `只能用 ${p.allowed.join('、')} 之一`,
    }),
    'custom-params-invalid.definition': (p) => ({
      message: `'${p.endpoint}' 的 paramDefinitions "${p.key}"：${DEFINITION_PROBLEMS[p.problem](p)}：LibreChat 会拒绝启动（"Custom parameter definitions for "${p.endpoint}" endpoint is malformed"）`,
      hint: `改正 ${p.field}，或者删掉它，沿用 LibreChat 自带的 ${p.key} 设置`,
    }),
    'custom-params-invalid.key': (p) => ({
      message: `'${p.endpoint}' 的 paramDefinitions 键 "${p.key}" 不是 ${p.paramEndpoint} 的参数：LibreChat 会拒绝启动（"contains invalid key(s)"）`,
      hint: `只能用 ${p.allowed.join('、')} 之一`,
    }),
    'file-encoding': (p) => ({
      message: `${p.file === 'config' ? '配置文件' : '.env 文件'}不是合法的 UTF-8（第 ${p.line} 行，字节偏移 ${p.offset}）：LibreChat 仍会加载它，但这些字节会变成 U+FFFD（�）`,
      hint: `把它存成 UTF-8，例如 \`iconv -f latin1 -t utf-8 ${p.path} > fixed && mv fixed ${p.path}\``,
    }),
    'baseurl-chat-completions': (p) => ({
      message: `baseURL 以 /chat/completions 结尾${p.written ? `（展开 ${p.written} 之后）` : ''}：LibreChat 会再拼上 /chat/completions 和 /models，对话和模型拉取都会请求到 404 的地址`,
      hint: `改成 API 根地址，如 '${p.root}'；或者设置 directEndpoint: true，让对话直接发到这个地址`,
    }),
    'config-version.number': (p) => ({ message: `version ${p.version} 是 YAML 数字，但 LibreChat 要求字符串：整个文件会被拒绝`, hint: `加上引号：version: "${p.expected}"` }),
    'config-version.outdated': (p) => ({
      message: `version "${p.version}" 与 LibreChat ${p.librechatVersion} 的配置版本 ${p.expected} 不一致：LibreChat 会记录 "Outdated Config version"`,
      hint: `先看一下配置更新日志里的新选项，再改成 version: "${p.expected}"`,
    }),
    'compose-file': (p) => ({ message: COMPOSE_PROBLEMS[p.kind](p as never), hint: '运行 `docker compose config` 看 Compose 是怎么读这些文件的' }),
    'compose-config-not-mounted': (p) => ({
      message: `${p.config} 没有挂载进服务 ${p.service}：容器里的 LibreChat 找的是 ${p.containerPath}，会在没有这个文件的情况下运行`,
      hint: `挂载它：在 docker-compose.override.yml 的 services.${p.service}.volumes 下加一行 \`- ./${p.config}:${p.containerPath}\``,
    }),
    'config-absent': () => ({
      message: '没有 librechat.yaml：LibreChat 用默认配置启动（端点只来自 .env）；已检查 .env',
      hint: '不需要自定义端点就不用管；`lc-doctor add-endpoint <provider>` 会创建这个文件',
    }),
    'config-remote': (p) => ({ message: `配置文件是一个 URL（${p.url}），没有检查`, hint: 'LibreChat 启动时会去下载它；加 --allow-remote 下载并检查，或用 --config 指定本地副本' }),
    'endpoint-dropped': (p) => ({
      message: `自定义端点 ${p.name ? `'${p.name}'` : `#${p.number}`} 缺少 ${p.missing.map(fieldName).join('、')}：LibreChat 会直接丢掉它，不报任何错`,
      hint: `给这一项补上 ${p.missing.map(fieldName).join('、')}，或者删掉它`,
    }),
    'endpoint-duplicate-name.same': (p) => ({
      message: `端点名 '${p.name}' 已被 endpoints.custom[${p.earlierIndex}] 使用：LibreChat 只用第一个，这一项会被覆盖`,
      hint: '每个自定义端点用不同的名字',
    }),
    'endpoint-duplicate-name.case': (p) => ({
      message: `端点名 '${p.name}' 与 '${p.earlierName}'（endpoints.custom[${p.earlierIndex}]）只差大小写：两者的模型列表和设置会混在一起`,
      hint: '每个自定义端点用不同的名字',
    }),
    'endpoint-reserved-name.routed': (p) => ({
      message: `自定义端点名 '${p.name}' 只是内置端点 '${p.builtIn}' 换了大小写：智能体和标题生成会走内置的 ${p.builtIn} 初始化，忽略这一项的 apiKey、baseURL 和 models`,
      hint: `换一个不同的名字，如 '${p.name} (custom)' 或 '${p.name}-compatible'`,
    }),
    'endpoint-reserved-name.confusing': (p) => ({
      message: `自定义端点名 '${p.name}' 与内置端点 '${p.builtIn}' 只差大小写：它能作为自定义端点工作，但用户和日志里容易混淆`,
      hint: `换一个不同的名字，如 '${p.name} (custom)' 或 '${p.name}-compatible'`,
    }),
    'endpoints-env-names.case': (p) => ({ message: `ENDPOINTS 里的 '${p.name}' 大小写不对：LibreChat 按 '${p.correct}' 精确匹配，所以这个端点会被隐藏`, hint: `写成 '${p.correct}'` }),
    'endpoints-env-names.custom-case': (p) => ({
      message: `ENDPOINTS 里的 '${p.name}' 大小写不对：LibreChat 按 'custom' 精确匹配，这一项会被忽略；自定义端点照样显示，只是不按 ENDPOINTS 的顺序排列`,
      hint: `写成 'custom'`,
    }),
    'endpoints-env-names.unknown': (p) => ({
      message: `ENDPOINTS 里的 '${p.name}' 不是 LibreChat ${p.librechatVersion} 的端点：会被忽略`,
      hint: `可用的名字：${p.known.join('、')}；所有自定义端点统一用 'custom' 这个名字来排位置`,
    }),
    'env-boolean-format': (p) => ({ message: `${p.key}=${p.value} 的意思是 false：LibreChat 只把 'true' 这个词当作开启`, hint: `写成 ${p.key}=true` }),
    'env-deprecated-variable': (p) =>
      p.kind === 'azure'
        ? { message: `${p.key} 与 librechat.yaml 里的 endpoints.azureOpenAI 冲突`, hint: 'Azure 只在 endpoints.azureOpenAI.groups 下配置，删掉这个变量' }
        : { message: DEPRECATED[p.key]?.[0] ?? `${p.key} 已弃用`, ...(DEPRECATED[p.key] ? { hint: DEPRECATED[p.key]![1] } : {}) },
    'env-deprecated-variable.openrouter': (p) => ({
      message: p.read
        ? `在 LibreChat ${p.librechatVersion} 里，OPENROUTER_API_KEY 会把内置 OpenAI 端点的对话转到 OpenRouter，模型列表也从 openrouter.ai 获取；它不会新增一个 OpenRouter 端点`
        : `LibreChat ${p.librechatVersion} 不读取 OPENROUTER_API_KEY：它不会新增 OpenRouter 端点`,
      hint: '改个名字（如 OPENROUTER_KEY），在自定义端点里引用：apiKey: "${OPENROUTER_KEY}"',
    }),
    'env-duplicate-key': (p) => ({ message: `${p.key} 在第 ${p.laterLine} 行又设置了一次：这一行不生效（以最后一行为准）`, hint: `只保留一行 ${p.key}` }),
    'env-example-secret': (p) => ({
      message: `${p.key} 还是 LibreChat .env.example 里公开的示例值：${EXAMPLE_SECRET_CONSEQUENCE[p.key] ?? '它并不保密'}`,
      hint: `用 \`${p.command}\` 生成一个新值${p.key.startsWith('CREDS') ? '（之后用户需要重新填写保存的密钥）' : '（用户会被登出一次）'}`,
    }),
    'env-file-reference.unset': (p) => ({
      message: `${p.key}=${p.value}：Docker Compose 会替换它，但 ${p.missing.join('、')} 在 .env 和 shell 里都没有设置，LibreChat 拿到的 ${p.key} 是空的`,
      hint: `在 .env 里设置 ${p.missing[0]}`,
    }),
    'env-file-reference.mounted': (p) => ({
      message: `${p.key}=${p.value}：${p.composeFiles.join(' + ')} 里的服务 ${p.service} 没有用 env_file 引入 .env，LibreChat 的 dotenv 读的是挂载进去的 .env，${p.key} 就是字面文本 "${p.value}"`,
      hint: `在 services.${p.service} 下加 \`env_file: [.env]\`（这样 Compose 会替换它），或者直接把值写进 ${p.key}`,
    }),
    'env-file-reference.node': (p) => ({
      message: `${p.key}=${p.value}：LibreChat 用 dotenv 读 .env，dotenv 从不展开 \${...}，所以 ${p.key} 就是字面文本 "${p.value}"（${p.option ? '--runtime node' : '这个文件夹里没有运行 LibreChat 的 compose 文件，按 `npm run backend` 判断'}）`,
      hint: `把 ${p.variable} 的值直接写进 ${p.key}；只有 Docker Compose 的 env_file 会展开 .env 里的 \${...}`,
    }),
    'env-not-interpolated.enum': (p) => ({
      message: `${p.path} 在展开变量之前就做校验：LibreChat 不会在这里展开 \${${p.variable}}，值不在允许范围内，整个文件会被拒绝（issue #9561）`,
      hint: WRITE_VALUE_ITSELF,
    }),
    'env-not-interpolated.literal': (p) => ({ message: `${p.path} 按原样使用：LibreChat 不会在这里展开 \${${p.variable}}，发送的是字面文本`, hint: WRITE_VALUE_ITSELF }),
    'env-not-interpolated.protected': (p) => ({
      message: `${p.path} 里的 \${${p.variable}} 永远不会展开：LibreChat 不允许把 ${p.variable} 放进 YAML 值，发送的是字面文本`,
      hint: `给这个字段单独用一个变量；${p.variable} 保护的是 LibreChat 自己的数据，不能离开服务器`,
    }),
    'env-schema': (p) => ({
      message: `${p.key} ${p.problem === 'format' ? '格式不对' : p.problem === 'enum' ? `只能是 ${(p.allowed ?? []).join('、')} 之一` : p.problem === 'empty' ? '不能为空' : '无效'}`,
      ...(p.hint && ENV_SCHEMA_HINTS[p.hint.id] ? { hint: ENV_SCHEMA_HINTS[p.hint.id] } : {}),
    }),
    'env-undefined-variable': (p) => ({
      message: `${p.path} 里的 \${${p.variable}} 在 ${p.envFile} 和环境变量里${p.empty ? '为空' : '都没有定义'}：LibreChat 会保留字面文本 "\${${p.variable}}"`,
      hint: `把值写进 ${p.envFile}，变量名 ${p.variable}`,
    }),
    'env-undefined-variable.user-supplied': (p) => ({
      message: `${p.path} 里的 \${${p.variable}} ${p.empty ? '为空' : '没有定义'}：LibreChat 会让每个用户自己填写`,
      hint: `在 ${p.envFile} 里设置 ${p.variable}，为所有人统一提供`,
    }),
    'env-unsupported-syntax.bare': (p) => ({ message: `${p.path}：'$${p.name}' 是 shell 写法，LibreChat 会原样保留`, hint: `加上花括号：\${${p.name}}` }),
    'env-unsupported-syntax.whole-value': (p) => ({
      message: `${p.path}：值以 '\${' 开头、以 '}' 结尾，LibreChat 会把它当成一个名为 '${p.name}' 的变量（一个值里有多个引用），并原样保留`,
      hint: '在引用前后加一些字面文本（如 "https://${HOST}:${PORT}/v1"），或者定义一个变量存放整个值',
    }),
    'env-unsupported-syntax.default': (p) => ({
      message: `${p.path}：'\${${p.name}}' 用的是 shell 默认值写法，LibreChat 不支持，会原样保留`,
      hint: `写成 \${${p.variable}}，并在 .env 里设置 ${p.variable}（没有默认值这回事）`,
    }),
    'env-unsupported-syntax.spaces': (p) => ({ message: `${p.path}：'\${${p.name}}' 的花括号里有空格，LibreChat 会原样保留`, hint: `去掉空格：\${${p.variable}}` }),
    'env-unsupported-syntax.invalid-name': (p) => ({ message: `${p.path}：'\${${p.name}}' 不是合法的变量名，LibreChat 会原样保留`, hint: '只用字母、数字和下划线' }),
    'forced-in-memory-namespaces': (p) => ({
      message: `FORCED_IN_MEMORY_CACHE_NAMESPACES 里有${p.name === '' ? '一个空项' : ` '${p.name}'`}，它不是 LibreChat ${p.librechatVersion} 的缓存命名空间：启动会失败，报 "Invalid cache keys"`,
      hint:
        p.name === ''
          ? '删掉多余的逗号：这里 LibreChat 不会丢弃空项'
          : p.correct
            ? `是不是想写 '${p.correct}'？名字区分大小写`
            : p.name === 'STATIC_CONFIG'
              ? "STATIC_CONFIG（文档曾经建议过）并不存在；配置缓存过期请用 'CONFIG_STORE,APP_CONFIG'"
              : `可用的命名空间：${p.valid.join('、')}`,
    }),
    'forced-in-memory-namespaces.unsupported': (p) => ({
      message: `LibreChat ${p.librechatVersion} 不读取 FORCED_IN_MEMORY_CACHE_NAMESPACES（2025 年 7 月加入，PR #8586）：所有缓存命名空间都跟随 USE_REDIS`,
      hint: '升级 LibreChat 才能用它，或者删掉这个变量',
    }),
    'fullwidth-punctuation': (p) => {
      const what = p.ascii === ' ' ? '全角空格' : `全角字符 '${p.char}'`;
      const place = { key: '键名', value: '值', 'env-value': '.env 的值', 'env-line': '.env 的行' }[p.part];
      const effect = { key: '这个键不是 LibreChat 要找的那个', value: `LibreChat 会按原样读取，而不是当作 '${p.ascii}'`, 'env-value': `LibreChat 会按原样读取，而不是当作 '${p.ascii}'`, 'env-line': 'dotenv 不会把这一行读成变量' }[p.part];
      const typed = p.replacement === '' ? '删掉它' : `改成半角 '${p.replacement}'`;
      return { message: `${place}里有输入法打出的${what}：${effect}`, hint: p.fixed ? `${typed}：${p.fixed}` : typed };
    },
    'hardcoded-secret': (p) => ({
      message: `${p.path} 明文写着${p.kind === 'header' && p.header ? ` ${p.header} 请求头里的凭据` : SECRET_KINDS[p.kind]}（${p.masked}）：能读到配置文件或其仓库的人都能用它`,
      hint: `把值移到 .env（如 ${p.variable}=...），这里写 "\${${p.variable}}"；然后更换这个密钥`,
    }),
    'legacy-field': (p) => ({ message: `'${p.key}' 是旧字段：LibreChat ${p.librechatVersion} 接受但会忽略它`, ...(LEGACY_FIELD_HINTS[p.key] ? { hint: LEGACY_FIELD_HINTS[p.key] } : {}) }),
    'models-default-comma': (p) => ({
      message: `models.default 里的 "${p.name}" 是一个带逗号的模型名，而不是 ${p.parts.length} 个模型`,
      hint: `每个模型单独一项：[${p.parts.map((part) => JSON.stringify(part)).join(', ')}]`,
    }),
    'openai-models-format': (p) =>
      p.problem === 'duplicate'
        ? { message: `OPENAI_MODELS 里 '${p.name}' 出现了不止一次：模型菜单里会出现两次`, hint: `只保留一个 '${p.name}'：OPENAI_MODELS=${p.clean}` }
        : { message: OPENAI_MODELS_PROBLEMS[p.problem][0]!, hint: `${OPENAI_MODELS_PROBLEMS[p.problem][1]!}：OPENAI_MODELS=${p.clean}` },
    'openai-models-missing': (p) => ({
      message: `${p.where} 用了 OpenAI 模型 '${p.model}'，但它不在 OPENAI_MODELS 里：openAI 端点不会提供它`,
      hint: `把 ${p.model} 加进 ${p.envFile} 的 OPENAI_MODELS，或者去掉 OPENAI_MODELS 让 LibreChat 拉取完整列表`,
    }),
    'openai-models-override': (p) => ({
      message: `OPENAI_MODELS（${p.count} 个模型）替换了 OpenAI 的默认列表并关闭了模型拉取：不改它，新的 OpenAI 模型就不会出现`,
      hint: '注释掉 OPENAI_MODELS，让 LibreChat 通过 API 拉取列表（需要真实的 OPENAI_API_KEY）',
    }),
    'redis-prefix-conflict': (p) => ({
      message: 'REDIS_KEY_PREFIX 和 REDIS_KEY_PREFIX_VAR 同时设置了：LibreChat 启动时会停止（"Only either REDIS_KEY_PREFIX_VAR or REDIS_KEY_PREFIX can be set."）',
      hint: `固定前缀用 REDIS_KEY_PREFIX，或者用 REDIS_KEY_PREFIX_VAR 指定存放前缀的变量（这里是 ${p.prefixVariable}）；删掉另一个`,
    }),
    'reasoning-history-refused': (p) => ({
      message: `'${p.endpoint}' ${REPLAY[p.option].sends(p.provider)}，而它对消息里带 reasoning_content 的请求返回 400：${REPLAY[p.option].fails}`,
      hint: '在 customParams 下设 includeReasoningHistory: false 和 includeReasoningContent: false（lc-doctor validate --fix 会自动改）',
    }),
    'redis-uri-missing': () => ({
      message: 'USE_REDIS 为 true 但没有设置 REDIS_URI：LibreChat 启动时会停止，报 "USE_REDIS is enabled but REDIS_URI is not set."',
      hint: '设置 REDIS_URI=redis://host:6379，或者 USE_REDIS=false',
    }),
    'title-model-not-served': (p) => ({
      message: `titleModel '${p.titleModel}' 不在${p.servingEndpoint ? ` "${p.servingEndpoint}" ` : '这个'}端点的模型里（${p.served.join('、')}），而且没有开启模型拉取：如果提供商不提供它，标题生成会失败，对话一直叫 "New Chat"`,
      hint: `把 '${p.titleModel}' 加进 models.default、换一个列表里的模型，或者用 titleModel: "${p.currentModel}"`,
    }),
    'unknown-key': (p) => ({
      message: `${place(p.parent)}有未知的键 \`${p.key}\`：LibreChat 会忽略它${p.suggestion ? `（是不是想写 \`${p.suggestion}\`？）` : ''}`,
      hint: p.suggestion
        ? `是不是想写 \`${p.suggestion}\`？改一下键名。`
        : p.misplacedDefault
          ? '`default` 应该放在 `models:` 下面（models: { default: [...] }）'
          : `LibreChat 会悄悄丢掉它；这里可用的键：${p.allowedKeys.join('、')}`,
    }),
    'unknown-key.drops-endpoint': (p) => ({
      message: `${place(p.parent)}有未知的键 \`${p.key}\`：LibreChat 会忽略它，于是端点${p.endpoint ? ` '${p.endpoint}' ` : ''}没有 \`${p.suggestion}\`，会被悄悄丢掉（是不是想写 \`${p.suggestion}\`？）`,
      hint: `是不是想写 \`${p.suggestion}\`？改一下键名。`,
    }),
    'schema.unknown-key': (p) => ({
      message: `${place(p.parent)}有未知的键 \`${p.key}\`${p.suggestion ? `：是不是想写 \`${p.suggestion}\`？` : p.underEndpoints ? '（自定义提供商要放在 `endpoints.custom` 下面）' : ''}`,
      ...(p.rejectsFileAllowed ? { hint: `这里出现未知的键，LibreChat 会拒绝整个文件；允许的键：${p.rejectsFileAllowed.join('、')}` } : {}),
    }),
    'schema.required': (p) => ({ message: p.path === '' ? `文件缺少必需的键 \`${p.missing}\`` : `${where(p.path)}缺少必需的键 \`${p.missing}\`` }),
    'schema.preset-endpoint': (p) => ({ message: `${where(p.path)}需要 \`endpoint\`（或者非空的 \`agent_id\`）` }),
    'schema.version-number': (p) => ({ message: `\`version\` 必须是字符串：加上引号（"${p.version}"）`, hint: `这个 LibreChat 版本当前的配置版本是 "${p.configVersion}"` }),
    'schema.type': (p) => {
      const expected = [...p.types.map(typeName), ...p.values];
      return { message: `${where(p.path)}必须是${expected.length > 0 ? expected.join('或') : '另一种类型的值'}，实际是${describeValue(p.actual)}` };
    },
    'schema.enum': (p) => ({
      message: `${where(p.path)}只能是 ${p.allowed.join('、')} 之一，实际是 ${p.actual}`,
    }),
    'schema.const': (p) => ({ message: `${where(p.path)}必须是 ${p.allowed}，实际是 ${p.actual}` }),
    'schema.reserved-name': (p) => ({
      message: `${where(p.path)}不能叫 ${p.name}：这个名字留给了内置端点`,
      hint: '给自定义端点换个名字，或者在 `endpoints` 下配置内置端点',
    }),
    'schema.not-empty': (p) => ({ message: `${where(p.path)}不能为空` }),
    'schema.not': (p) => ({ message: `${where(p.path)}不能是 ${p.forbidden.join(' 或 ')}` }),
    'schema.not-pattern': (p) => ({ message: `${where(p.path)}不能是${pattern(p)}，实际是 ${p.actual}` }),
    'schema.not-allowed': (p) => ({ message: `${where(p.path)}不允许出现在这里` }),
    'schema.format-url': (p) => ({ message: `${where(p.path)}必须是合法的 URL，实际是 ${p.actual}` }),
    'schema.pattern': (p) => ({ message: `${where(p.path)}必须是${pattern(p)}，实际是 ${p.actual}` }),
    'schema.limit': (p) => ({ message: `${where(p.path)}${limit(p.keyword, p.limit, p.actual)}` }),
    'schema.empty-file': () => ({ message: '配置文件是空的', hint: 'LibreChat 会忽略空文件，按默认设置运行；至少写上 `version:` 和 `endpoints:`' }),
    'yaml-syntax': (p) => ({ message: `YAML 语法错误：${YAML_PROBLEMS[p.yamlCode] ?? '无法解析'}（${p.yamlCode}）`, ...(YAML_HINTS[p.yamlCode] ? { hint: YAML_HINTS[p.yamlCode] } : {}) }),
    'yaml-syntax.too-deep': () => TOO_DEEP,
    'yaml-syntax.alias-bomb': (p) =>
      p.count
        ? { message: `别名太多（上限 ${p.limit}）：这个文件像是别名炸弹`, hint: 'LibreChat 配置一般只用几个别名；检查是否有自动生成或重复的别名' }
        : { message: `别名展开次数过多（上限 ${p.limit}）：这个文件像是别名炸弹` },
    'yaml-syntax.alias-self-reference': (p) => ({
      message: `别名 *${p.anchor} 位于它所引用的节点（&${p.anchor}）内部：它的值永远展不完`,
      hint: '别名只能重复在它之前、它之外定义的节点；改成直接复制这些值',
    }),
  },
  fromProcessEnvironment: (key) => `（${key} 来自进程环境变量）`,
  severity: { error: '错误', warn: '警告', info: '提示' },
  hintLabel: '提示：',
  list: (items) => items.join('、'),
  clauses: (parts) => parts.join('；'),
  withHint: (message, hint) => `${message}（${hint}）`,
  noProblems: '✔ 没有发现问题',
  counts: ({ errors, warnings, infos }) => `${errors} 个错误、${warnings} 个警告、${infos} 个提示`,
  problemSummary: ({ total, errors, warnings, infos }) => `${total} 个问题（${errors} 个错误、${warnings} 个警告、${infos} 个提示）`,
  runtimeLine: (r) => {
    const example = r.envIsExample ? '；这是示例 env 文件：只检查变量名，空值不算问题' : '';
    if (r.kind === 'compose') {
      const how = r.reason === 'option' ? '由 --runtime compose 指定' : `发现了 ${r.composeFiles?.join(' + ')}`;
      const image = r.imageTag ? `，镜像标签 ${r.imageTag}` : '';
      return `按 Docker Compose 判断（服务 ${r.service}${image}）：${how}；如果用 \`npm run backend\`，请加 --runtime node${example}`;
    }
    const why = {
      option: '由 --runtime node 指定',
      'no-compose-file': '这个文件夹里没有 compose 文件',
      'no-librechat-service': '这里的 compose 文件没有运行 LibreChat 的服务',
      'compose-file': '这个文件夹里没有 compose 文件',
    }[r.reason];
    return `按 \`npm run backend\` 判断（LibreChat 的 dotenv 读取 .env）：${why}；否则请加 --runtime compose${example}`;
  },
  judgedBy: (t, why) => `按 LibreChat ${t.librechatVersion} 判定，使用 ${t.schemaRelease} 的 schema（${t.packageSpec}；配置版本 ${t.configVersion}），${why}`,
  versionChoice({ reason, evidence }) {
    switch (reason) {
      case 'option':
        return '由 --librechat-version 指定';
      case 'compose-image':
        return evidence?.known ? `来自 ${evidence.file} 里的镜像 ${evidence.value}` : `${evidence?.file} 里的镜像 ${evidence?.value} 看不出 LibreChat 版本：未知，按最新版本判定`;
      case 'checkout':
        return evidence?.known ? `来自 LibreChat 代码目录的 package.json（${evidence.value}）` : `代码目录的 package.json 写的是 ${evidence?.value}，lc-doctor 不认识这个版本：按最新版本判定`;
      case 'config-version':
        return '根据文件的 `version:` 字段匹配';
      case 'newest':
        return '已知的最新版本；可用 --librechat-version 指定';
    }
  },
  fixable: (n) => `其中 ${n} 个可以用 'lc-doctor validate --fix' 自动修复（先用 --fix --dry-run 预览）`,
  notFixed: (reason) => `没有自动修复：${NO_FIX_REASONS[reason]}`,
  startup: {
    decidedBy: (ruleId, place) => `${place} 的 ${ruleId}`,
    wontStart: (where) => `LibreChat 用这些文件无法启动（${where}）`,
    ignored: (file, where) => `LibreChat 会忽略 ${file ?? '配置文件'}，按默认设置运行（${where}）`,
    dropped: (endpoints) => `LibreChat 会丢掉这些自定义端点：${endpoints}`,
  },
  fix: {
    nothing: '没有可以自动修复的问题',
    wouldFix: (n, files) => `将修复 ${files} 里的 ${n} 个问题（--dry-run：没有写入）`,
    fixed: (n, files, backups) => `已修复 ${files} 里的 ${n} 个问题（原文件保存为 ${backups}）`,
    afterDryRun: '修复之后：',
    left: '还剩下：',
  },
  hints: {
    'type-quote': (h) => `加上引号："${h.text}"`,
    'type-quote-as-written': () => '按原样给值加上引号：YAML 已把它当成数字读取，可能已经变了（长 ID 会丢位数）',
    'type-unquote': (h) => `去掉引号：${h.text}`,
    'type-true-or-false': () => '写 true 或 false，不要加引号',
    'enum-variable': () => 'LibreChat 不会展开这个字段里的 ${VAR}；直接写值',
    'enum-case': (h) => `值区分大小写：写成 ${h.value}`,
    // 示例文件要提交到仓库：只写变量名，值只放进真正的 .env。
    'summarization-unavailable': (h) => `删掉即可：LibreChat ${h.librechatVersion} 没有摘要功能，也不接受后来才有的顶层 \`summarization\` 配置`,
    'example-file': (h) => `在 ${h.file} 里加一行 \`${h.variable}=\`，不写值；值本身只放进部署用的真正 .env`,
  },
  ruleDescriptions: {
    'azure-group-invalid': 'LibreChat 启动时会拒绝的 Azure OpenAI 分组：重名、缺少 instanceName/baseURL、模型没有 deployment 或 version。',
    'baseurl-chat-completions': '自定义端点的 baseURL 以 /chat/completions 结尾：LibreChat 会再拼一次路径，对话和模型拉取都会 404。',
    'config-version': '配置的 `version` 是数字（LibreChat 会拒绝整个文件），或与目标版本的 CONFIG_VERSION 不一致（提示）。',
    'custom-params-invalid': 'LibreChat 启动时会拒绝的 customParams：未知的 defaultParamsEndpoint、该参数集里没有的 paramDefinitions 键，或 validateSettingDefinitions 不接受的参数定义。',
    'endpoint-dropped': 'LibreChat 会悄悄丢掉的自定义端点：缺少 name、apiKey、baseURL 或 models（fetch 或 default）。',
    'endpoint-duplicate-name': '两个自定义端点同名，或名字只差大小写。',
    'endpoint-reserved-name': '自定义端点名与内置端点只差大小写（Google、Anthropic、Bedrock 会被路由到内置端点）。',
    'endpoints-env-names': 'ENDPOINTS 里的名字大小写不对，或者 LibreChat 不认识（过时的或自定义端点的名字）。',
    'env-boolean-format': '.env 里的布尔变量写成了 1/yes/on：LibreChat 用 isEnabled 读取，结果是 false。',
    'env-deprecated-variable': '设置了已弃用或旧版的变量（OPENROUTER_API_KEY、OPENAI_SUMMARIZE、CHECK_BALANCE、GOOGLE_API_KEY、单独的 Azure 变量……）。',
    'env-duplicate-key': '.env 里同一个键设置了不止一次；以最后一行为准，前面的都不生效。',
    'env-example-secret': 'CREDS_KEY、CREDS_IV、JWT_SECRET 或 JWT_REFRESH_SECRET 还是 LibreChat .env.example 里公开的示例值。',
    'env-file-reference': '.env 里的 ${VAR}：Docker Compose 的 env_file 会展开，LibreChat 自己的 dotenv（`npm run backend`）永远不会。',
    'env-not-interpolated': 'LibreChat 永远不会展开的 ${VAR}：枚举字段、名字、模型 ID，或受保护的密钥。',
    'env-schema': '.env 里的值格式不符合 LibreChat 的要求（URI、端口、十六进制密钥……）。',
    'env-undefined-variable': 'LibreChat 会展开的字段里引用的 ${VAR} 在 .env 和进程环境变量里都没有设置（或为空）。',
    'env-unsupported-syntax': 'LibreChat 不支持的变量写法：$VAR、${VAR:-default}、${A}${B}、${ VAR }。',
    'forced-in-memory-namespaces': 'FORCED_IN_MEMORY_CACHE_NAMESPACES 里有不是 CacheKeys 的值：LibreChat 启动时会报错。',
    'fullwidth-punctuation': '中文输入法打出的全角标点（，：“”‘’（）＝ 或全角空格），而 LibreChat 需要半角 ASCII。',
    'hardcoded-secret': 'librechat.yaml 里明文写了 API 密钥或令牌，应该用 ${VAR} 引用。',
    'legacy-field': 'LibreChat v0.8 仍接受但会忽略的自定义端点字段（summarize、summaryModel、forcePrompt、customOrder）。',
    'models-default-comma': 'models.default 的某一项带逗号：LibreChat 把 "a,b" 当成一个模型名。',
    'openai-models-format': 'OPENAI_MODELS 不是普通的逗号分隔列表（JSON 数组、引号、; 或空格分隔、空项、重复项）。',
    'openai-models-missing': 'librechat.yaml 里给 openAI 端点用的模型（titleModel、modelSpec 预设）不在 OPENAI_MODELS 里。',
    'openai-models-override': 'OPENAI_MODELS 替换了 OpenAI 的默认模型列表，并关闭了新模型的拉取。',
    'redis-prefix-conflict': 'REDIS_KEY_PREFIX 和 REDIS_KEY_PREFIX_VAR 同时设置：LibreChat 启动时会报错。',
    'reasoning-history-refused': 'includeReasoningHistory 或 includeReasoningContent 把推理内容发回给会返回 400 的提供商：对话的后续消息，或智能体调用工具后的下一步，都会失败。',
    'redis-uri-missing': 'USE_REDIS=true 但没有 REDIS_URI：LibreChat 启动时会报错。',
    'title-model-not-served': '自定义端点的 titleModel 不在它的 models.default 里，而模型拉取是关闭的。',
    'unknown-key': 'LibreChat 接受但会悄悄丢掉的键（自定义端点等非严格对象里的拼写错误），并给出建议。',
    schema: 'LibreChat 自己的 schema 校验结果：它会拒绝整个文件的错误。',
    'yaml-syntax': '文件不是合法的 YAML。',
    'config-remote': 'CONFIG_PATH 是一个没有下载的 URL。',
    'config-absent': '没有 librechat.yaml：LibreChat 用默认配置运行。',
    'compose-config-not-mounted': '没有任何挂载把配置文件放进容器。',
    'compose-file': 'Docker Compose 自己就不接受的内容。',
  },
};

/** The schema's `x-hint`s (schemas/env.schema.json), by the variable or `$defs` entry that holds them. */
const ENV_SCHEMA_HINTS: Record<string, string> = {
  httpUrl: '写完整的 URL，带上协议，如 https://api.example.com/v1',
  httpUrlOrUserProvided: '写完整的 URL（https://...），或者写 user_provided 让每个用户自己填',
  mathExpression: '写毫秒数（允许 1000 * 60 * 15 这样的简单算式）',
  port: '写 1 到 65535 之间的端口号',
  positiveInteger: '写一个整数',
  MONGO_URI: '用 MongoDB 连接串，如 mongodb://127.0.0.1:27017/LibreChat（Docker：mongodb://mongodb:27017/LibreChat）',
  REDIS_URI: '用 redis://host:6379 或 rediss://host:6380；用逗号分隔的多个 URI 表示集群',
  CREDS_KEY: 'CREDS_KEY 必须是 32 字节，即 64 个十六进制字符：openssl rand -hex 32',
  CREDS_IV: 'CREDS_IV 必须是 16 字节，即 32 个十六进制字符：openssl rand -hex 16',
  JWT_SECRET: '设置一个足够长的随机值：openssl rand -hex 32',
  JWT_REFRESH_SECRET: '设置一个足够长的随机值：openssl rand -hex 32',
  CONFIG_BYPASS_VALIDATION: "LibreChat 会把它和 'true'（小写）精确比较：写 true 或 false",
};
