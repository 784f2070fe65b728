import type { ClearCacheWords } from '../../clear-models-cache/words.js';

const PHASES = { 'redis-delete': '删除 Redis 键时', 'redis-recheck': '复查 Redis 时', mongo: '处理 MongoDB 时' } as const;

export const clearCache: ClearCacheWords = {
  warningLabel: '警告：',
  warnings: {
    'redis-ca-missing': (w) => `找不到 Redis CA 证书文件：${w.path}（LibreChat 此时不用 TLS 连接，lc-doctor 也一样）`,
    'redis-ca-unreadable': (w) => `无法读取 Redis CA 证书文件 '${w.path}'（${w.error}）`,
  },
  scanning: (redis) => `正在扫描 ${redis} 中的模型缓存键...`,
  noRedis: 'Redis：未使用（USE_REDIS 不是 true）：LibreChat 的所有缓存都在进程内存中。',
  redis: (r) => `Redis：${r.display}（${r.cluster ? '集群' : `单机，db ${r.db}`}，${r.prefix ? `前缀 "${r.prefix.value}"，来自 ${r.prefix.source}` : '无键前缀'}）`,
  family: {
    option: (labels, how) => `LibreChat：${labels}（${how ?? '来自 --librechat-version'}）`,
    keys: (labels, alike) => `LibreChat：${labels}（根据现有的键名判断${alike ? '；这几个版本的键名相同，要得到准确的重启建议请指定 --librechat-version' : ''}）`,
    unknown: 'LibreChat：版本未知（没有找到模型缓存键；要得到重启建议请指定 --librechat-version）',
  },
  ambiguous: (evidence) => `! 同时存在多个 LibreChat 版本的模型缓存键（${evidence}），例如升级后遗留的孤儿键；它们都已列入计划`,
  more: (count) => `（另有 ${count} 个）`,
  keysHeading: (count) => `模型缓存键（${count} 个）：`,
  noKeys: 'Redis 中没有模型缓存键。',
  status: { planned: '待删除', deleted: '已删除', kept: '已保留', reappeared: '又出现了', unknown: '结果未知' },
  noExpiry: '不过期',
  details: (parts) => parts.join('，'),
  entry: (key, text) => `${key}：${text}`,
  orphan: (labels) => `[${labels} 的孤儿键]`,
  moreLines: (count, noun) => `… 另有 ${count} 个${noun === 'key' ? '键' : '缓存列表'}（--format json 会全部列出）`,
  listsHeading: '已缓存的模型列表：',
  noEndpoints: '没有端点',
  fetched: (count) => `获取到 ${count} 个模型`,
  undecodable: '值不是预期格式的 Keyv JSON',
  mongo: (m) =>
    m.keys.length === 0
      ? `MongoDB ${m.collection}：没有模型配置文档（封禁记录等其他文档从不改动）。`
      : `MongoDB ${m.collection}：${m.keys.length} 个模型配置文档：${m.keys.join('、')}；已删除 ${m.deleted} 个。`,
  mongoUnreachable: (message) =>
    `警告：连不上 MongoDB（${message}）。LibreChat 不在 MongoDB 中缓存模型，所以上面关于缓存的结论不变；只是没有检查旧工具可能在 'logs' 中留下的模型文档（--skip-mongo 可关闭此提示）。`,
  restart: {
    noRedis: '请重启所有 LibreChat API 进程（每个 PM2/cluster 工作进程、每个副本）：模型缓存在进程内存中，只有重启才能清除。',
    inMemory: (family, why) => `${family}：在进程内存中：${why}。修改模型或 librechat.yaml 后，请重启所有 API 进程/副本。`,
    reason: (reason, family, defaults) =>
      ({
        'redis-off': 'USE_REDIS 不是 true',
        'forced-by-default': `未设置 FORCED_IN_MEMORY_CACHE_NAMESPACES，在 ${family} 中默认为 ${defaults}`,
        'forced-listed': 'FORCED_IN_MEMORY_CACHE_NAMESPACES 中列出了它',
        'redis-on': 'USE_REDIS=true',
      })[reason],
    appConfig: (family) => `${family}：修改 librechat.yaml 后，必须在重启前删除 APP_CONFIG:_BASE_（启动时会读它而不是 YAML）；本命令会删除它。`,
  },
  result: {
    fault: (f) =>
      `${PHASES[f.phase]}出错而中止（${f.phase}）：已删除 ${f.deleted} 个，未删除 ${f.notDeleted} 个${f.unknown > 0 ? `，结果未知 ${f.unknown} 个（已发送，但 Redis 没有回应；用 --dry-run 查看还剩哪些）` : ''}。`,
    aborted: '已取消：没有删除任何内容。',
    dryRun: (count) => `试运行：将删除 ${count} 个键；实际没有删除任何内容。`,
    nothingStale: 'Redis 中没有过期的缓存：无需删除。',
    restartOnly: 'Redis 中没有需要清除的内容；需要重启。',
    deleted: (r) => `已删除 ${r.deleted}/${r.planned} 个键${r.reappeared > 0 ? `；其中 ${r.reappeared} 个又出现了（LibreChat 重新写入了它们）` : '；复查：已全部清除'}。`,
  },
  question: (count) => `删除上面列出的 ${count} 个键？[y/N] `,
};
