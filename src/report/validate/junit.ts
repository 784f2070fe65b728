import type { Diagnostic } from '../../core/diagnostic.js';
import type { Formatter } from './types.js';
import { words } from '../i18n/index.js';
import { labelled } from '../shared/label.js';
import { wordFinding } from './word-finding.js';

/** JUnit XML: one suite per file, one failing case per error or warning (infos are not failures). */
export const formatJunit: Formatter = (report) => {
  const files = [...new Set([report.files.config, report.files.env].filter((f): f is string => Boolean(f)))];
  const suites = files.map((file) => {
    const failing = report.diagnostics.filter((d) => d.file === file && d.severity !== 'info');
    const cases = failing.length === 0 ? [`    <testcase classname="${xml(file)}" name="lc-doctor validate"/>`] : failing.map(testCase);
    return [
      `  <testsuite name="${xml(file)}" tests="${Math.max(1, failing.length)}" failures="${failing.length}" errors="0" skipped="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const failures = report.diagnostics.filter((d) => d.severity !== 'info').length;
  return ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="lc-doctor" failures="${failures}">`, ...suites, '</testsuites>', ''].join('\n');
};

function testCase(d: Diagnostic): string {
  const where = d.range ? `${d.file}:${d.range.line}:${d.range.column}` : d.file;
  const { message, hint } = wordFinding(d);
  const body = `${where} ${message}${hint ? `\n${labelled(words().validate.hintLabel, hint)}` : ''}`;
  return [
    `    <testcase classname="${xml(d.file)}" name="${xml(`${d.ruleId} ${where}`)}">`,
    `      <failure type="${d.severity}" message="${xml(message)}">${xml(body)}</failure>`,
    '    </testcase>',
  ].join('\n');
}

function xml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
