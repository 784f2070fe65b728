import { quoteScalarEdit, writtenText } from '../config/yaml-edits.js';
import type { Rule } from './types.js';
import { asFix, isRecord } from './support.js';

/**
 * `version` is a required string; `version: 1.2` is a YAML number and fails validation (the
 * server exits since PR #10733). A different string only logs "Outdated Config version".
 */
export const configVersion: Rule = {
  id: 'config-version',
  defaultSeverity: 'error',
  description: 'The config `version` is a number (LibreChat rejects the file) or differs from the target CONFIG_VERSION (info).',
  check(context) {
    const config = context.config?.value;
    if (!isRecord(config) || !('version' in config)) return [];
    const { version } = config;
    const expected = context.target.configVersion;
    if (typeof version === 'number') {
      return [
        {
          file: 'config',
          pointer: '/version',
          code: 'config-version.number',
          params: { version, expected: writtenText(context.config!, '/version') ?? expected },
          ...asFix(quoteScalarEdit(context.config!, '/version')),
        },
      ];
    }
    if (typeof version !== 'string' || version.trim() === expected) return [];
    return [
      {
        file: 'config',
        pointer: '/version',
        severity: 'info',
        code: 'config-version.outdated',
        params: { version, expected, librechatVersion: context.target.librechatVersion },
      },
    ];
  },
};

