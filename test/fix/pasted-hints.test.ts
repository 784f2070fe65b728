import { describe, expect, it } from 'vitest';
import { lint } from '../helpers/rule-context.js';
import type { WordedDiagnostic } from '../helpers/words.js';

/**
 * The fixes validate prints that --fix does not apply (they need a choice, or live in another
 * file) are pasted here exactly as printed, the way an admin would: the finding must be gone.
 */

interface Files {
  yaml: string;
  env: string;
}

interface Case {
  rule: string;
  files: Files;
  /** The pasteable part of the printed hint. */
  pick: RegExp;
  paste: (files: Files, printed: string) => Files;
}

const endpoint = (fields: string) => `version: "1.3.17"\nendpoints:\n  custom:\n    - name: "Moonshot"\n      apiKey: "\${MOONSHOT_API_KEY}"\n${fields}`;
const env = 'MOONSHOT_API_KEY=sk-fake456789abcdef0123456789abcdef\n';

const cases: Case[] = [
  {
    rule: 'baseurl-chat-completions',
    files: { yaml: endpoint('      baseURL: "${MOONSHOT_BASE_URL}"\n      models: { default: ["kimi-k2-0711-preview"] }\n'), env: `${env}MOONSHOT_BASE_URL=https://api.moonshot.cn/v1/chat/completions\n` },
    pick: /use the API root, e\.g\. '([^']+)'/,
    paste: (f, url) => ({ ...f, env: f.env.replace(/^MOONSHOT_BASE_URL=.*$/m, `MOONSHOT_BASE_URL=${url}`) }),
  },
  {
    rule: 'config-version',
    // 1.3.10 was a v0.8.6 release candidate's config version: judged as 0.8.6, which ships 1.3.12.
    files: { yaml: 'version: "1.3.10"\nendpoints: {}\n', env: '' },
    pick: /then set (version: "[^"]+")/,
    paste: (f, line) => ({ ...f, yaml: f.yaml.replace(/^version: .*$/m, line) }),
  },
  {
    rule: 'title-model-not-served',
    files: { yaml: endpoint('      baseURL: "https://api.moonshot.cn/v1"\n      models: { default: ["kimi-k2-0711-preview"], fetch: false }\n      titleConvo: true\n      titleModel: "kimi-title-lite"\n'), env },
    pick: /or use (titleModel: "[^"]+")/,
    paste: (f, line) => ({ ...f, yaml: f.yaml.replace(/titleModel: .*$/m, line) }),
  },
  {
    rule: 'endpoint-reserved-name',
    files: { yaml: endpoint('      baseURL: "https://api.moonshot.cn/v1"\n      models: { default: ["kimi-k2-0711-preview"] }\n').replace('"Moonshot"', '"Google"'), env },
    pick: /e\.g\. '([^']+)'/,
    paste: (f, name) => ({ ...f, yaml: f.yaml.replace('name: "Google"', `name: "${name}"`) }),
  },
  {
    rule: 'models-default-comma',
    files: { yaml: endpoint('      baseURL: "https://api.moonshot.cn/v1"\n      models:\n        default:\n          - name: "kimi-k2-0711-preview,moonshot-v1-8k"\n'), env },
    pick: /list each model as its own item: (\[.*\])/,
    paste: (f, list) => ({ ...f, yaml: f.yaml.replace(/default:\n.*$/m, `default: ${list}`) }),
  },
  {
    rule: 'env-unsupported-syntax',
    files: { yaml: endpoint('      baseURL: "https://api.moonshot.cn/v1"\n      models: { default: ["kimi-k2-0711-preview"] }\n').replace('${MOONSHOT_API_KEY}', '${ MOONSHOT_API_KEY }'), env },
    pick: /write (\$\{\w+\}) without spaces/,
    paste: (f, reference) => ({ ...f, yaml: f.yaml.replace('${ MOONSHOT_API_KEY }', reference) }),
  },
];

const findings = (files: Files, rule: string): WordedDiagnostic[] => lint(files).filter((d) => d.ruleId === rule);

describe('printed fixes that --fix leaves to the admin work when pasted', () => {
  it.each(cases)('$rule', ({ rule, files, pick, paste }) => {
    const [finding] = findings(files, rule);
    expect(finding, `${rule} reports the broken input`).toBeDefined();
    expect(finding!.autofix).toBeUndefined();
    const printed = pick.exec(finding!.hint ?? '')?.[1];
    expect(printed, `the hint '${finding!.hint}' carries a pasteable value`).toBeDefined();
    expect(printed).not.toMatch(/[<>]|\.\.\./);
    expect(findings(paste(files, printed!), rule)).toEqual([]);
  });
});
