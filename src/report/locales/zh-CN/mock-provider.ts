import type { MockProviderWords } from '../../mock-provider/words.js';

export const mockProvider: MockProviderWords = {
  listening: (profile, fault, url) => `模拟提供商（${profile}${fault ? `，故障 ${fault}` : ''}）正在监听 ${url}`,
  key: (masked) => `密钥：${masked ?? '任意（未指定 --api-key）'}`,
  entryCaption: 'librechat.yaml 条目（放在 endpoints.custom 下）：',
  envFromOption: '.env：MOCK_PROVIDER_KEY= 后面填 --api-key 的值',
  dockerNote: (url) => `Docker 中的 LibreChat 访问不到这里的 127.0.0.1：请加 --host 0.0.0.0 重新启动，并使用 ${url}`,
  stop: '按 Ctrl+C 停止',
  stopped: '模拟提供商已停止',
};
