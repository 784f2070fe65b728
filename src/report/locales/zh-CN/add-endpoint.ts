import type { AddEndpointWords } from '../../add-endpoint/words.js';

const METHOD_TWO = '去掉 --method openai';
const CHANGE = { added: '添加', updated: '更新' } as const;

export const addEndpoint: AddEndpointWords = {
  notices: {
    'unknown-model': (p) => `模型 '${p.model}' 不在 ${p.provider} 预设中；请对照 GET /models 核对 ID`,
    'reasoning-title-model': (p) => `titleModel '${p.titleModel}' 总是会思考；生成的标题可能为空或很慢`,
    'no-thinking-switch': (p) => `${p.provider} 没有公开的请求字段可以${p.wanted === 'on' ? '开启' : '关闭'}思考；未添加任何字段`,
    'thinking-switch-mixed': (p) =>
      `${p.fields.join('、')} 发给不带该开关的模型（${p.models.join('、')}）时，${p.provider} 会返回 400：请把这些模型放进第二个条目，例如 --name ${p.suggestedName} --models ${p.models.join(',')}`,
    'titles-own-entry': (p) =>
      `${p.provider} 不接受非流式调用中的思考，而 LibreChat 的标题请求正是带着 addParams 的非流式调用：标题改由 "${p.titleEntry}"（titleEndpoint）生成，它请求 ${p.titleModel} 时不带思考开关`,
    'titles-off': (p) =>
      `LibreChat ${p.librechatVersion} 的每个标题请求都带 addParams，且没有 titleEndpoint，而 ${p.provider} 不接受流式以外的思考：已关闭标题生成（titleConvo: false）`,
    'reasoning-key-unsupported': (p) =>
      `LibreChat ${p.librechatVersion} 没有 customParams.reasoningKey；${p.provider} 的思考内容在 "${p.reasoningKey}" 字段中流式返回，这个版本可能不显示`,
    'fetch-unverified': (p) => `未确认 ${p.provider} 提供 OpenAI 格式的 GET /models；获取失败时 LibreChat 会退回 models.default`,
    'key-alias-reused': (p) => `.env 中已用 ${p.alias} 保存了密钥；条目改为引用它，不再添加 ${p.keyVariable}`,
    'openai-key-reference': (p) =>
      `OPENAI_API_KEY 引用了 \${${p.keyReference}}：Docker Compose 的 env_file 会展开它，普通的 dotenv 不会；不用 Compose 时，请把密钥本身写进 OPENAI_API_KEY`,
    'openai-key-foreign': (p) =>
      `OPENAI_API_KEY 已有密钥，保持不变：LibreChat 会把它发给 ${p.provider}，而对方拒绝不属于自己的密钥（401），OpenAI 端点也不再访问 OpenAI。方法二可以两者兼顾：${METHOD_TWO} 重新运行（自定义端点）`,
    'openai-models-foreign': (p) =>
      `OPENAI_MODELS 保留了 ${p.models.join('、')}，但 ${p.provider} 的模型列表里没有：选中会得到 404。方法二（${METHOD_TWO}）不改动 OPENAI_MODELS；若要继续用方法一，请加上 --replace-models --models ${p.replacement}`,
    'openai-thinking-unavailable': (p) =>
      `${p.models.join('、')} 只有在请求带上 ${JSON.stringify(p.switchOn)} 时才显示推理，而 OpenAI 端点没有 addParams：要看到推理，请用方法二（${METHOD_TWO}）`,
    'openai-models-replace': () => 'OPENAI_MODELS 会替换内置的 OpenAI 模型列表，并关闭 OpenAI 端点的模型获取：只提供这些模型',
    'plaintext-api-key': () => '条目的 apiKey 是明文密钥；请把它移到 .env，并用 --api-key-env NAME 引用',
  },
  warningLabel: '警告：',
  noteLabel: '注意：',
  forced: '文件原本就有结构错误；--force 仍会修改它',
  replanned: '确认期间文件有变动；已基于当前内容重新生成修改',
  question: '写入这些修改？[y/N] ',
  openAiTarget: (envFile) => `${envFile}（OpenAI 端点）`,
  target: (librechatVersion, configVersion) => `（LibreChat ${librechatVersion}，配置版本 ${configVersion}）`,
  declined: '未写入任何内容。',
  nothingToChange: '无需修改：',
  unchanged: { custom: (name) => `端点 "${name}" 和 .env 都已是最新。`, openai: '.env 已经让 OpenAI 端点指向这里。' },
  entry: (action, name, dryRun) => {
    const verb = action === 'update' ? '更新' : action === 'add' ? '添加' : '创建配置文件并添加';
    return `${dryRun ? '将会' : '已'}${verb}端点 "${name}"${action === 'update' ? '：' : '。'}`;
  },
  titleEntry: (change, titleEntry, name, dryRun) => `${dryRun ? '将会' : '已'}${CHANGE[change]}端点 "${titleEntry}"，由它生成 "${name}" 的标题。`,
  envVariable: (change, key, dryRun) => `${dryRun ? '将会' : '已'}在 .env 中${CHANGE[change]} ${key}`,
  none: '（无）',
  dryRun: '试运行：未写入任何内容。',
  putKey: (variable) => `下一步：在 .env 的 ${variable}= 后填入你的密钥（lc-doctor 从不写入密钥）。`,
  restart: '重启 LibreChat 使修改生效。',
};
