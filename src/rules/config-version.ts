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
          message: `version ${version} is a YAML number, but LibreChat requires a string: it rejects the whole file`,
          hint: `quote it: version: "${writtenText(context.config!, '/version') ?? expected}"`,
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
        message: `version "${version}" differs from config version ${expected} of LibreChat ${context.target.librechatVersion}: LibreChat logs "Outdated Config version"`,
        hint: `check the config changelog for new options, then set version: "${expected}"`,
      },
    ];
  },
};

