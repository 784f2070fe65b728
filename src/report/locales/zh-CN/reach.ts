import type { ErrorWords } from '../../errors/words.js';

export const reach: ErrorWords['reach'] = {
  published: (variable, service, uri) => `${variable} 指向 Docker Compose 服务 ${service}；改用它在本机发布的端口：${uri}`,
  mongoSkipped: (service, network) => `MONGO_URI 指向 Docker Compose 服务 ${service}，它没有发布端口，只能在 ${network} 网络内解析：已跳过 MongoDB（LibreChat 不在那里缓存模型列表）`,
  redisNetworkOnly: (service, network) => `REDIS_URI 指向 Docker Compose 服务 ${service}，它没有发布端口，只能在 ${network} 网络内解析`,
};
