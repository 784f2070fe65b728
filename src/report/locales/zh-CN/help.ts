import type { HelpWords } from '../../help/words.js';
import { FAULT_NAMES } from '../../../mock-provider/faults.js';
import { PROFILE_NAMES } from '../../../mock-provider/profiles.js';

const CONFIG = 'librechat.yaml 路径（默认：环境变量或 .env 里的 CONFIG_PATH，否则 ./librechat.yaml）';
const VERSION_FROM_FILE = '按哪个 LibreChat 版本判断，如 0.8.8、0.8.5、0.7.7（默认：文件里的 `version:`，否则最新版本）';

const RUNTIME = 'LibreChat 的运行方式：compose（这个文件夹里的 docker compose）、node（`npm run backend`）、auto（有运行 LibreChat 的 compose 文件时按 compose）';

export const help: HelpWords = {
  program: {
    description: '配置和诊断 LibreChat 部署。',
    lang: '输出语言：en、zh-CN（默认：LC_DOCTOR_LANG，否则 LC_ALL、LC_MESSAGES 或 LANG）',
    version: '显示版本号',
    help: '显示帮助',
    helpCommand: '显示某个命令的帮助',
    exitCodes: `
退出码：
  0  运行完成：没有需要处理的问题
  1  运行完成：有需要处理的问题（发现问题、需要重启……）
  2  无法运行（用法错误、文件无法读取、服务连不上）`,
  },
  titles: { 'Usage:': '用法：', 'Options:': '选项：', 'Commands:': '命令：', 'Arguments:': '参数：', 'Global Options:': '全局选项：' },
  details: (d) => `（${[d.choices ? `可选值：${d.choices.join('、')}` : '', d.default ? `默认：${d.default}` : ''].filter(Boolean).join('；')}）`,
  commands: {
    validate: {
      description: '像 LibreChat 一样检查 librechat.yaml 和 .env，并找出 LibreChat 不报错、悄悄接受的配置错误。',
      options: {
        '--config': `要检查的 ${CONFIG}`,
        '--env': '要检查的 .env 文件（默认：存在时用 ./.env）',
        '--librechat-version': VERSION_FROM_FILE,
        '--format': '输出格式',
        '--json': '等同于 --format json',
        '--runtime': RUNTIME,
        '--strict': '有警告也以 1 退出',
        '--max-warnings': '警告超过 n 个时以 1 退出',
        '--rule': '把某条规则设为 off、info、warn 或 error（可重复）',
        '--allow-remote': 'CONFIG_PATH 是 http(s) URL 时，下载并检查它',
        '--fix': '把所有安全、明确的修复写进文件（原子写入，保留 .bak），然后报告剩下的问题',
        '--dry-run': '配合 --fix：只显示统一 diff，不写入',
      },
      after: `
示例：
  lc-doctor validate                                   # ./librechat.yaml 和 ./.env
  lc-doctor validate -c deploy/librechat.yaml -e deploy/.env --format github
  lc-doctor validate --librechat-version 0.8.5 --rule hardcoded-secret=off --strict

有错误时以 1 退出；警告只在 --strict 或超过 --max-warnings 时才算。`,
    },
    probe: {
      description: '向每个端点发送和 LibreChat 完全一样的流式请求，报告推理内容从哪个字段到达、你的 LibreChat 版本能否显示、耗时、用量以及配置修正。',
      arguments: { endpoint: 'librechat.yaml 里的端点名（默认：全部）' },
      options: {
        '--config': `要读取的 ${CONFIG}`,
        '--env': '用来解析 ${VAR} 的 .env 文件（默认：存在时用 ./.env）',
        '--model': '要探测的模型（可重复；默认：配置的第一个模型）',
        '--all-models': '探测所有配置的模型',
        '--list-models': '同时对每个端点请求 GET {baseURL}/models（models.fetch: true 时总会请求）',
        '--prompt': '要发送的用户消息',
        '--max-tokens': '发送 max_tokens（LibreChat 默认不发送）',
        '--concurrency': '同时进行的请求数',
        '--timeout': '每个请求的时间上限（秒）',
        '--connect-timeout': 'TCP/TLS 连接时间上限（秒）',
        '--stall-timeout': '流中途超过这么久没有数据就算卡住（秒）',
        '--turns': '2 表示像 LibreChat 一样把第一轮回答作为历史再发一次',
        '--key-stdin': '从标准输入读取 user_provided 端点的密钥（终端上不回显，不保存）',
        '--librechat-version': '按哪个 LibreChat 版本判断推理内容能否显示（如 0.8.8、0.7.9）',
        '--format': '输出格式',
        '--json': '等同于 --format json',
        '--verbose': '同时显示发出的请求（密钥已遮盖）和提示性结果',
        '--runtime': RUNTIME,
      },
      after: `
示例：
  lc-doctor probe                               探测每个端点的第一个模型
  lc-doctor probe DeepSeek --all-models --turns 2
  lc-doctor probe --librechat-version 0.7.9 --format json
  echo "$MY_KEY" | lc-doctor probe Relay --key-stdin`,
    },
    'mock-provider': {
      description: '在本地运行一个兼容 OpenAI 的模拟提供商，按真实提供商（DeepSeek、DashScope、OpenRouter、vLLM……）的方式流式返回推理内容，不花 token 就能看 LibreChat 怎么显示。',
      options: {
        '--host': '监听地址',
        '--port': '端口（0 = 任意空闲端口）',
        '--api-key': '要求 Authorization: Bearer <key>',
        '--profile': '模拟哪家提供商的返回格式',
        '--fault': '要模拟的故障',
        '--latency': '回答前的延迟（隐含 --fault latency；配合使用时默认 300）',
        '--chunk-delay': '流式分块之间的延迟',
        '--models': '用这些模型 ID 代替预设里的（逗号分隔，如你配置里列出的那些）',
      },
      after: `\n返回格式（--profile）：${PROFILE_NAMES.join('、')}\n故障（--fault）：${FAULT_NAMES.join('、')}`,
    },
    'clear-models-cache': {
      description: "只删除 LibreChat 的模型列表缓存（Redis，以及 MongoDB 'logs' 里的模型配置文档）：绝不删除会话、封禁、限流或其他键。缓存在进程内存里时，会说明需要重启。",
      options: {
        '--env': '要读取的 .env 文件（默认：存在时用 ./.env）',
        '--redis-uri': '代替 REDIS_URI 使用的 Redis（隐含 USE_REDIS=true）',
        '--mongo-uri': '代替 MONGO_URI 使用的 MongoDB',
        '--skip-mongo': '不检查 MongoDB',
        '--librechat-version': 'LibreChat 版本（如 0.8.2）；默认根据现有的键判断',
        '--include-token-config': '同时删除 TOKEN_CONFIG 条目（各模型的价格/上下文；需要时会重建）',
        '--dry-run': '只打印计划（每个键及其 TTL 和大小），不删除任何东西',
        '--yes': '不询问直接删除（不在终端上运行时必须加）',
        '--format': '输出格式',
        '--json': '等同于 --format json',
        '--runtime': RUNTIME,
        '--timeout': 'Redis 命令超过这么多秒没有回应就停止运行（并报告删了什么）',
      },
      after: '\n本命令：0 = 已清除（或没有过期缓存），1 = 模型缓存（部分）在 LibreChat 进程内存里，需要重启，2 = 无法运行或中途出错停止（报告会写明到底删了什么）。',
    },
    'check-models': {
      description: '按目标 LibreChat 版本构建模型列表的方式，显示每个端点会列出哪些模型，以及某个模型为什么不见了。',
      options: {
        '--config': CONFIG,
        '--env': '.env 文件（默认：存在时用 ./.env）',
        '--librechat-version': '按哪个 LibreChat 版本（默认：配置里的版本，否则最新版本）',
        '--endpoint': '只检查这个端点（名字要完全一致，如 openAI 或自定义端点名）',
        '--why': '沿 LibreChat 的判断流程追踪一个模型 ID，停在它掉出去的那一步',
        '--probe': '同时为每个模型发一个流式请求（与 LibreChat 完全相同），报告推理内容',
        '--no-cache-check': '不读取 Redis 里 LibreChat 的模型缓存',
        '--format': '输出格式',
        '--json': '等同于 --format json',
        '--runtime': RUNTIME,
        '--verbose': '列出每个端点的判断流程，以及每个模型的来源',
        '--fix': '把和提供商写法不同的模型 ID（只差大小写，或者只有一个相近 ID）在 models.default 或 .env 的 *_MODELS 里改正，并关掉会把推理内容发回给拒收它的提供商的设置（原子写入，保留 .bak）',
        '--dry-run': '配合 --fix：只显示 diff，不写入',
      },
      after: `
示例：
  lc-doctor check-models
  lc-doctor check-models --why deepseek-ai/DeepSeek-V3.2-Exp
  lc-doctor check-models --endpoint openAI --verbose
  lc-doctor check-models --format markdown >> "$GITHUB_STEP_SUMMARY"

所有配置的模型都会显示时以 0 退出，有模型不会显示时以 1 退出，无法运行时以 2 退出。`,
    },
    doctor: {
      description: '对一个部署出一份报告：validate、check-models、缓存状态，以及（加 --probe 时）探测结果；每个原因只报一次，最该先修的排在最前面。',
      arguments: { folder: 'LibreChat 所在文件夹（compose 文件、.env、librechat.yaml）' },
      options: {
        '--config': 'librechat.yaml（默认：compose 挂载的文件、CONFIG_PATH，否则 ./librechat.yaml）',
        '--env': '.env 文件（默认：存在时用 ./.env）',
        '--librechat-version': '按哪个 LibreChat 版本判断（默认：配置里的版本，否则最新版本）',
        '--probe': '同时对每个会显示的模型发一次流式请求，报告推理内容',
        '--runtime': RUNTIME,
        '--format': '输出格式（markdown：用作 job summary）',
        '--json': '等同于 --format json',
      },
      after: `
示例：
  lc-doctor doctor                          # 当前文件夹里的部署
  lc-doctor doctor ~/LibreChat --probe
  lc-doctor doctor --format markdown >> "$GITHUB_STEP_SUMMARY"

有必须修复的问题（错误）时以 1 退出，否则以 0 退出，无法运行时以 2 退出。`,
    },
    demo: {
      description: '不用 LibreChat 也能看主要功能：在 127.0.0.1 上启动模拟提供商，生成示例配置，并对它运行 doctor --probe。',
      options: {},
      after: '\n所有东西都在回环地址上、在一个用完即删的临时目录里运行（按 Ctrl-C 也会清理）。\n演示跑完以 0 退出（发现的问题正是要展示的内容），无法运行时以 2 退出。',
    },
    providers: {
      description: '列出 add-endpoint 内置的提供商预设：base URL、密钥变量、模型、思考开关。',
      arguments: { provider: '显示某个预设的详情' },
      options: { '--format': '输出格式', '--json': '等同于 --format json（schemaVersion 2）' },
    },
    'add-endpoint': {
      description: '在 librechat.yaml 和 .env 里添加或更新一个提供商端点，两个文件的其他内容一个字节都不动。',
      arguments: { provider: "提供商预设 ID（见 'lc-doctor providers'）" },
      options: {
        '--config': '要修改的 librechat.yaml（不存在则创建）',
        '--env': '要修改的 .env（不存在则创建）',
        '--name': '端点名（默认：提供商 ID）；已有同名条目时更新它',
        '--region': "提供商区域，如 cn、intl（见 'lc-doctor providers'）",
        '--base-url': 'base URL（generic 必填；会覆盖区域）',
        '--models': 'models.default 的模型 ID，用逗号分隔（指定了模型就意味着 models.fetch: false，除非加 --fetch）',
        '--add-model': '把这些模型 ID 追加到已有列表（models.default；--method openai 时是 OPENAI_MODELS）',
        '--replace-models': '让 --models 替换已有列表，而不是拒绝',
        '--title-model': '生成对话标题用的模型（默认：预设里不带推理的模型）',
        '--thinking': '添加开启思考的请求字段',
        '--no-thinking': '添加关闭思考的请求字段',
        '--fetch': '设置 models.fetch: true（从提供商拉取模型列表）',
        '--no-fetch': '设置 models.fetch: false',
        '--api-key-env': '存放密钥的变量名（默认：预设里的）',
        '--method': 'custom：librechat.yaml 里的端点；openai：通过 .env 把内置 OpenAI 端点指向该提供商',
        '--librechat-version': '按哪个 LibreChat 版本写（默认：文件里的 `version:`，否则最新版本）',
        '--dry-run': '显示 diff 后停止',
        '--print': '不写文件；打印要手动粘贴的 YAML 块和 .env 行',
        '--yes': '不询问直接写入',
        '--force': '即使配置已有 schema 错误也修改',
        '--format': '输出格式',
        '--json': '等同于 --format json（schemaVersion 1）',
      },
      after: `
示例：
  lc-doctor add-endpoint modelscope --models deepseek-ai/DeepSeek-V3.2-Exp
  lc-doctor add-endpoint dashscope --region intl --thinking --yes
  lc-doctor add-endpoint modelscope --method openai --dry-run
  lc-doctor add-endpoint generic --name my-vllm --base-url http://vllm:8000/v1 --models Qwen/Qwen3-8B`,
    },
  },
};
