import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlText } from '../../src/config/load-yaml.js';

/** The config fixtures: `valid/` is valid for the LibreChat line its `version:` selects, `invalid/` is not. */
export interface ConfigFixture {
  name: string;
  kind: 'valid' | 'invalid';
  file: string;
  text: string;
  value: unknown;
}

export const configFixturesDirectory = fileURLToPath(new URL('../fixtures/configs/', import.meta.url));

export function loadConfigFixtures(): ConfigFixture[] {
  return (['valid', 'invalid'] as const).flatMap((kind) =>
    readdirSync(configFixturesDirectory + kind)
      .filter((name) => name.endsWith('.yaml'))
      .sort()
      .map((name) => {
        const file = `${configFixturesDirectory}${kind}/${name}`;
        const text = readFileSync(file, 'utf8');
        const loaded = parseYamlText(`${kind}/${name}`, text);
        if (loaded.syntaxErrors.length > 0) throw new Error(`fixture ${kind}/${name} does not parse`);
        return { name: `${kind}/${name}`, kind, file, text, value: loaded.value };
      }),
  );
}
