import type { FileKind, SpecialFileType, WriteFailure } from '../../../core/problems.js';
import { insideNetworkCommand } from '../../compose-reach.js';
import type { ProblemWords } from '../../errors/words.js';
import { wordFinding } from '../../validate/word-finding.js';
import { reach } from './reach.js';

const BUG_HINT = '这是 lc-doctor 的 bug；设置 LC_DOCTOR_DEBUG=1 查看调用栈，并提交报告';
const FILE: Record<FileKind, string> = { config: '配置文件', env: '.env 文件', compose: 'compose 文件', 'compose-env': 'env 文件', 'package-json': 'package.json' };
const SPECIAL: Record<SpecialFileType, string> = { directory: '目录', fifo: '命名管道（FIFO）', device: '设备文件', socket: 'socket', other: '特殊文件' };
const WRITE: Record<WriteFailure, string> = {
  'disk-full': '磁盘已满',
  quota: '超出磁盘配额',
  'read-only': '文件系统是只读的',
  permission: '没有权限',
  'not-writable': '文件不可写（没有权限，或被设为不可修改）',
};

const list = (items: readonly string[]) => items.join('、');
const EDIT_BY_HAND = '请手动编辑这个条目，或者换一个 --name';
const FETCH_HINT = '检查 URL 和网络，或者下载一份到本地，用 --config 检查';
const REDIS_URI_HINT = '格式是 redis://[user:password@]host:port[/db]，集群用逗号分隔';
const RUNTIME_HINT = '在有 docker-compose.yml（或 deploy-compose.yml）的目录里运行，或者改用 --runtime node';
const MONGO_URI_HINT =
  '格式是 mongodb://user:password@host:27017/LibreChat（密码里的 @ : / % 要做百分号编码；mongodb+srv:// 不带端口）；修改 MONGO_URI 或传 --mongo-uri，也可以用 --skip-mongo 跳过';

export const problems: ProblemWords = {
  'file.directory': (p) => ({ message: `${FILE[p.kind]} ${p.file} 是目录，不是文件`, hint: `请指向文件本身，例如 ${p.file}/librechat.yaml` }),
  'file.not-regular': (p) => ({ message: `${FILE[p.kind]} ${p.file} 是${SPECIAL[p.type]}，不是普通文件`, hint: '请传文件本身的路径' }),
  'file.missing': (p) => ({ message: `${FILE[p.kind]} ${p.file} 不存在`, hint: '检查路径，或用 --help 里列出的选项指定它' }),
  'file.unreadable': (p) => ({ message: `${FILE[p.kind]} ${p.file} 没有读取权限`, hint: `检查它的属主和权限（ls -l ${p.file}），或者换一个能读取它的用户运行` }),
  'file.read-failed': (p) => ({ message: `无法读取${FILE[p.kind]} ${p.file}（${p.reason}）`, hint: '检查路径，以及磁盘或挂载是否可读' }),
  'file.too-large': (p) => ({ message: `${FILE[p.kind]} ${p.file} 有 ${p.megabytes.toFixed(1)} MB，LibreChat 配置远没有这么大`, hint: `超过 ${p.limitMegabytes} MB 的文件不会读取；确认一下是不是选错了文件` }),
  'file.not-utf8': (p) => ({ message: `${FILE[p.kind]} ${p.file} 不是合法的 UTF-8（第 ${p.line} 行，字节偏移 ${p.offset}）`, hint: '把文件另存为 UTF-8 编码' }),
  'config.too-deep': (p) => {
    const deep = wordFinding({ code: 'yaml-syntax.too-deep', params: {} });
    return { message: `${p.file}：${deep.message}`, ...(deep.hint ? { hint: deep.hint } : {}) };
  },
  'config.mount-missing': (p) => ({ message: `${p.file} 被挂载进 LibreChat 容器，但它并不存在`, hint: '创建这个文件，或者从 compose 文件里删掉这个挂载（否则 Docker 会在那里建一个空目录）' }),
  'config.path-missing': (p) => ({ message: `配置文件 ${p.file} 不存在（CONFIG_PATH 来自 ${p.origin}）`, hint: '修改 CONFIG_PATH，或者用 --config <path> 指定文件' }),
  'doctor.folder': (p) => ({
    message: p.kind === 'missing' ? `文件夹 ${p.folder} 不存在` : `${p.folder} 是文件，不是文件夹`,
    hint: '指定 LibreChat 所在的文件夹：里面有 docker-compose.yml、.env 或 librechat.yaml',
  }),
  'config.default-missing': (p) => ({ message: `这个文件夹里没有 ${p.file}（也没有设置 CONFIG_PATH）`, hint: '到 LibreChat 目录下运行，或者用 --config <path> 指定文件' }),
  'config.fetch-status': (p) => ({ message: `从 ${p.url} 获取配置失败：HTTP ${p.status}`, hint: FETCH_HINT }),
  'config.fetch-failed': (p) => ({ message: `从 ${p.url} 获取配置失败（${p.reason}）`, hint: FETCH_HINT }),
  'config.remote-too-large': (p) => ({ message: `${p.url} 上的配置超过 ${p.limitMegabytes} MB，LibreChat 配置远没有这么大`, hint: '确认 CONFIG_PATH 指向的是配置文件本身' }),
  'config.remote-not-local': (p) =>
    p.command === 'probe'
      ? { message: `CONFIG_PATH 是一个 URL（${p.url}），probe 只读本地文件`, hint: '先下载下来，再用 --config <file> 指定' }
      : { message: `--fix 只修改本地文件，但配置是一个 URL（${p.url}）`, hint: '先下载下来，再用 --config <file> 运行 --fix' },
  'config.yaml-errors': (p) => ({ message: `${p.file} 有 YAML 语法错误`, hint: "运行 'lc-doctor validate' 查看" }),
  'compose.invalid-yaml': (p) => ({ message: `compose 文件 ${p.file} 不是合法的 YAML（${p.reason}）`, hint: 'docker compose 同样会拒绝它；运行 `docker compose config` 可以看到同样的错误' }),
  'write.dangling-link': (p) => ({ message: `${p.file} 是一个指向不存在文件的符号链接，没有做任何修改`, hint: '让链接指向真正的文件，或者直接传真实路径' }),
  'write.not-regular': (p) => ({ message: `${p.file} 是${SPECIAL[p.type]}，不是普通文件，没有做任何修改`, hint: '请传文件本身的路径' }),
  'write.failed': (p) => ({ message: `无法写入 ${p.file}：${WRITE[p.cause]}，没有做任何修改`, hint: '腾出磁盘空间，或让文件和所在目录可写，然后再运行一次' }),
  'write.locked': (p) => ({ message: `另一个进程持有锁 ${p.lock}`, hint: '等另一个 lc-doctor 运行结束；如果没有别的进程在运行，删掉这个 .lock 文件' }),
  'edit.unverified': (p) => ({ message: `${p.command} 为 ${p.file} 生成的内容读回来和预期不一致，没有写入任何内容`, hint: BUG_HINT }),
  'check-models.files-changed': () => ({ message: 'check-models 运行期间文件被改动了，没有写入任何内容', hint: '重新运行 check-models --fix' }),
  'option.language': (p) => ({ message: `未知语言 '${p.value}'`, hint: `请用 --lang ${p.known.join('|')}` }),
  'option.dry-run-without-fix': (p) => ({ message: '--dry-run 要和 --fix 一起用', hint: `lc-doctor ${p.command} --fix --dry-run 只显示改动，不写入` }),
  'option.rule-syntax': (p) => ({ message: `--rule 的格式是 <id>=off|info|warn|error，收到的是 '${p.value}'`, hint: '例如 --rule hardcoded-secret=off' }),
  'option.rule-unknown': (p) => ({ message: `--rule 里的规则 '${p.id}' 不存在`, hint: p.closest ? `是不是想写 '${p.closest}'？` : `已有的规则：${list(p.known)}` }),
  'option.librechat-version': (p) => ({
    message: p.parsed ? `LibreChat ${p.value} 不是 lc-doctor 支持的版本线` : `'${p.value}' 不是 LibreChat 版本号（应该像 0.8.2、v0.8.2 或 0.8.8-rc4）`,
    hint: `已知的版本线：${list(p.known)}`,
  }),
  'option.runtime-no-librechat': (p) => ({ message: `${list(p.files)} 里没有运行 LibreChat 的服务`, hint: RUNTIME_HINT }),
  'option.runtime-no-compose': (p) => ({ message: `--runtime compose：${p.folder} 里没有 compose 文件`, hint: RUNTIME_HINT }),
  'option.no-confirmation': (p) =>
    p.command === 'add-endpoint'
      ? { message: '没有终端可以确认，不会写入', hint: '加 --yes 直接写入，或者用 --dry-run / --print 只查看' }
      : { message: '没有终端可以确认，也没有加 --yes，不会删除任何内容', hint: '先用 --dry-run 查看计划，再加 --yes 删除' },
  'add-endpoint.invalid-yaml': (p) => ({
    message: `${p.file} 不是合法的 YAML（第 ${p.line || '?'} 行：${wordFinding(p.finding).message}），没有做任何修改`,
    hint: "先修好它；'lc-doctor validate' 会列出所有问题",
  }),
  'add-endpoint.schema-errors': (p) => ({
    message: `${p.file} 有 ${p.count} 个会被 LibreChat 拒绝的 schema 错误（第一个：${wordFinding(p.finding).message}），没有做任何修改`,
    hint: "运行 'lc-doctor validate' 查看并修复，或者加 --force 强制添加端点",
  }),
  'add-endpoint.generated-invalid': (p) => ({ message: `add-endpoint 生成的条目不符合 LibreChat ${p.librechatVersion} 的 schema（${wordFinding(p.finding).message}），没有写入任何内容`, hint: BUG_HINT }),
  'add-endpoint.facts-missing': () => ({ message: '这个安装里缺少 LibreChat 版本数据（schemas/manifest.json）', hint: '重新安装 lc-doctor，或者在源码目录里运行 npm run schemas' }),
  'add-endpoint.replace-needs-models': () => ({ message: '--replace-models 需要同时用 --models 给出新的列表', hint: '例如 --replace-models --models qwen-plus,qwen-max' }),
  'add-endpoint.models-listed': (p) => ({
    message: `${p.entry !== undefined ? `条目 "${p.entry}"` : '.env 里的 OPENAI_MODELS'} 已经列出了 ${list(p.existing)}`,
    hint: `追加用 --add-model ${p.models.join(',')}，替换整个列表用 --replace-models --models ${p.models.join(',')}`,
  }),
  'add-endpoint.needs-name': (p) => ({ message: `${p.preset} 需要 --name`, hint: '例如 --name my-server' }),
  'add-endpoint.reserved-name': (p) => ({
    message: `'${p.name}' 不能用作自定义端点名：它是 LibreChat 内置的 '${p.builtIn}' 端点`,
    hint: '换一个 --name；只有大小写不同的名字也会被路由到内置端点',
  }),
  'add-endpoint.env-name': (p) => ({ message: `'${p.name}' 不是合法的环境变量名`, hint: '只能用字母、数字和 _，例如 MY_PROVIDER_API_KEY' }),
  'add-endpoint.base-url': (p) => ({ message: `--base-url '${p.url}' 不是 http(s) URL`, hint: '例如 --base-url http://vllm:8000/v1' }),
  'add-endpoint.base-url-credentials': () => ({
    message: '--base-url 里带有凭据（user:password@）；lc-doctor 不会把它写进 librechat.yaml',
    hint: '把完整 URL（连同凭据）写进 .env 的 MY_BASE_URL，再传 --base-url "${MY_BASE_URL}"',
  }),
  'add-endpoint.needs-base-url': (p) => ({ message: `${p.preset} 需要 --base-url`, hint: '例如 --base-url http://my-server:8000/v1' }),
  'add-endpoint.needs-models': (p) => ({ message: `${p.preset} 需要 --models`, hint: '例如 --models my-model,other-model' }),
  'add-endpoint.fullwidth': (p) => ({
    message: `${p.option} 的值 '${p.value}' 第 ${p.position} 个字符是${p.char === '\u3000' ? '全角空格' : `全角的 '${p.char}'`}（中文输入法）`,
    hint: `改用半角输入：${p.option} ${p.fixed}`,
  }),
  'add-endpoint.yaml-unparsable': () => ({ message: '配置文件不是合法的 YAML', hint: '运行 lc-doctor validate 查看出错位置' }),
  'add-endpoint.root-not-map': () => ({ message: '配置文件的顶层不是 YAML 映射', hint: 'librechat.yaml 应该以 version:、endpoints: 这样的键开头' }),
  'add-endpoint.endpoints-not-map': () => ({ message: 'endpoints: 不是映射', hint: 'endpoints: 下面应该是 custom: 这样的键' }),
  'add-endpoint.endpoints-flow': () => ({ message: 'endpoints: 是流式写法（{ ... }）', hint: '手动添加条目，或者把 endpoints: 改成块式写法' }),
  'add-endpoint.custom-not-list': () => ({ message: 'endpoints.custom 不是列表', hint: 'custom: 应该是条目列表，每个条目以 "- name:" 开头' }),
  'add-endpoint.entry-is-alias': () => ({ message: '匹配到的端点条目是一个 YAML 别名', hint: EDIT_BY_HAND }),
  'add-endpoint.entry-uses-aliases': (p) => ({ message: `端点条目 '${p.name}' 用了 YAML 别名或合并键`, hint: EDIT_BY_HAND }),
  'provider.unknown': (p) => ({ message: `未知的提供商 '${p.input}'`, hint: `已知的提供商：${list(p.known)}（见 'lc-doctor providers'）` }),
  'provider.unknown-region': (p) => ({ message: `${p.preset} 没有 '${p.region}' 区域`, hint: p.known.length > 0 ? `可用区域：${list(p.known)}` : `${p.preset} 没有已知的地址；请传 --base-url` }),
  'probe.key-for-many': (p) => ({
    message: `--key-stdin 会把同一个密钥发给 ${p.endpoints.length} 个端点（${list(p.endpoints)}）`,
    hint: `请指明密钥属于哪个端点：lc-doctor probe "${p.endpoints[0]}" --key-stdin`,
  }),
  'probe.key-empty': () => ({ message: '--key-stdin：没有从标准输入读到密钥', hint: '用管道传入密钥：printf %s "$KEY" | lc-doctor probe <endpoint> --key-stdin' }),
  'probe.unknown-endpoint': (p) => ({ message: `没有名为 ${list(p.wanted)} 的端点`, hint: p.known.length > 0 ? `这个配置里的端点：${list(p.known)}` : '这个配置里没有自定义端点' }),
  'probe.nothing': (p) => ({
    message: `没有可以探测的端点：${p.file} 里没有 endpoints.custom 条目，也没有设置 OPENAI_API_KEY`,
    hint: '在 endpoints.custom 下添加端点（lc-doctor validate 可以检查文件），或者在 .env 里设置 OPENAI_API_KEY（兼容的提供商还要设置 OPENAI_REVERSE_PROXY）',
  }),
  'check-models.unknown-endpoint': (p) => ({ message: `没有名为 '${p.name}' 的端点`, hint: `端点名区分大小写，必须完全一致：${list(p.known)}` }),
  'redis.not-configured': () => ({ message: '没有配置 Redis（USE_REDIS 不是 true）', hint: '设置 USE_REDIS=true 和 REDIS_URI，或者传 --redis-uri' }),
  'redis.uri-missing': () => ({ message: 'USE_REDIS 已开启，但没有设置 REDIS_URI', hint: '在 .env 里设置 REDIS_URI，或者传 --redis-uri' }),
  'redis.prefix-conflict': () => ({ message: 'REDIS_KEY_PREFIX_VAR 和 REDIS_KEY_PREFIX 只能设置一个（两个都设置时 LibreChat 无法启动）', hint: '从 .env 里删掉其中一个' }),
  'redis.uri-not-url': (p) => ({ message: `REDIS_URI 里的 '${p.uri}' 不是 URL`, hint: REDIS_URI_HINT }),
  'redis.uri-bad-escape': (p) => ({ message: `REDIS_URI 里的 '${p.uri}' 的用户名或密码含有无效的 % 转义`, hint: `${REDIS_URI_HINT}；% 本身要写成 %25` }),
  'redis.auth': (p) => ({ message: `${p.where} 上的 Redis 拒绝了凭据（${p.reason}）`, hint: '检查 REDIS_PASSWORD / REDIS_USERNAME，或 REDIS_URI 里的密码' }),
  'redis.tls': (p) => ({ message: `到 ${p.where} 上 Redis 的 TLS 连接失败（${p.reason}）`, hint: '检查 REDIS_CA（CA 的 PEM 文件）和 REDIS_URI 里的 rediss://' }),
  'redis.connect': (p) => ({ message: `无法连接 ${p.where} 上的 Redis（${p.reason}）`, hint: 'Redis 在运行吗？REDIS_URI 对吗？lc-doctor 读取的变量和 LibreChat 相同' }),
  'redis.no-answer': (p) => ({
    message: `${p.where} 上的 Redis 在 ${p.ms} 毫秒内没有应答`,
    hint: '那个地址能连上，但对方没有按 Redis 应答：检查 REDIS_URI 里的端口；如果服务器要求 TLS，请用 rediss://',
  }),
  'redis.network-only': (p) => ({
    message: `${reach.redisNetworkOnly(p.service, p.network)}，从这台主机连不上`,
    hint: p.rerun
      ? `在那个网络里运行 lc-doctor：${insideNetworkCommand(p.network, p.rerun.toolRoot, p.rerun.args)}（或者在 compose 文件里发布端口，或者传 --redis-uri）`
      : '在 compose 文件里发布端口，或者传 --redis-uri',
  }),
  'mongo.uri': (p) => ({ message: `MONGO_URI 不是合法的 MongoDB 连接字符串（${p.reason}）`, hint: MONGO_URI_HINT }),
  'mongo.connect': (p) => ({ message: `无法连接 MongoDB（${p.reason}）`, hint: '检查 MONGO_URI 或传 --mongo-uri；--skip-mongo 可以跳过 MongoDB 检查' }),
  'cache.inspect-failed': (p) => ({ message: `检查 Redis 时出错（${p.reason}），没有删除任何内容`, hint: '修好连接后再运行（可以先用 --dry-run 检查）' }),
  'cache.fault': (p) => ({ message: `删除过程中出错而中止（${p.phase}：${p.reason}）`, hint: '上面的报告准确列出了哪些已删除、哪些没有；排除原因后再运行一次' }),
  'mock.profile': (p) => ({ message: `未知的 profile '${p.profile}'`, hint: `可用的 profile：${list(p.known)}` }),
  'mock.fault': (p) => ({ message: `未知的 fault '${p.fault}'`, hint: `可用的 fault：${list(p.known)}` }),
  'mock.latency-without-fault': (p) => ({ message: `--latency 只能和 --fault latency 一起用，不能和 --fault ${p.fault} 一起用`, hint: '去掉 --latency，或者改用 --fault latency' }),
  'mock.port-in-use': (p) => ({ message: `${p.host} 上的端口 ${p.port} 已被占用`, hint: '换一个 --port，或者用 --port 0 让系统分配空闲端口' }),
  'mock.host': (p) => ({ message: `无法监听 ${p.host}：它不是本机的地址`, hint: '用 --host 127.0.0.1（默认值）' }),
  'mock.port-denied': (p) => ({ message: `没有权限监听端口 ${p.port}`, hint: '用 1023 以上的端口，或者 --port 0' }),
};
