import { findFullwidthSlips, hasFullwidth, type FullwidthMatch } from '../core/fullwidth.js';
import type { TextEdit } from '../core/text-edit.js';
import { decodePointer, encodePointer } from '../core/json-pointer.js';
import { pointerAtOffset } from '../config/locate.js';
import type { LoadedYaml } from '../config/load-yaml.js';
import { listWrittenScalars, type WrittenScalar } from '../config/yaml-scalars.js';
import { listEnvLines } from '../env/env-edits.js';
import { findKeyShapes } from './hardcoded-secret.js';
import type { FullwidthPart, ValidateFindings } from '../validate/findings.js';
import type { Rule, RuleReport } from './types.js';

/**
 * A Chinese input method types `，` `：` `“”` `‘’` `（）` `＝` and the ideographic space where ASCII
 * is meant. LibreChat reads them literally: `gpt-4o，qwen` is one model id, `https：//` no URL,
 * `apiKey：` no key. Found in YAML keys and values and in .env lines, comments and Chinese
 * prose (`欢迎，请登录`) excepted; each with the exact ASCII character to type instead.
 */
export const fullwidthPunctuation: Rule = {
  id: 'fullwidth-punctuation',
  defaultSeverity: 'warn',
  description: 'Full-width punctuation from a Chinese input method (，：“”‘’（）＝ or the ideographic space) where LibreChat needs ASCII.',
  check(context) {
    const yaml = context.source ? checkYaml(context.source) : [];
    return [...yaml, ...checkEnv(context.env.text)];
  },
};

function checkYaml(loaded: LoadedYaml): RuleReport[] {
  const reports: RuleReport[] = [];
  // Most files have none: one scan of the text spares a second parse on every validate (~15% of start-up).
  if (!hasFullwidth(loaded.text)) return reports;
  for (const scalar of listWrittenScalars(loaded.text)) {
    for (const slip of findFullwidthSlips(scalar.source)) {
      const offset = scalar.offset + slip.offset;
      const replacement = yamlReplacement(scalar, slip);
      const position = loaded.lineCounter.linePos(offset);
      const pointer = pointerAtOffset(loaded, offset);
      if (!scalar.isKey && isProse(pointer)) continue;
      const secret = SECRET_NAME.test(pointer.slice(pointer.lastIndexOf('/') + 1));
      reports.push({
        file: 'config',
        pointer,
        range: { line: position.line, column: position.col, endLine: position.line, endColumn: position.col + 1 },
        ...(scalar.isKey ? { severity: 'error' as const } : {}),
        code: 'fullwidth-punctuation',
        params: describe(slip, scalar.isKey ? 'key' : 'value', replacement, showable(wordAt(scalar.source, slip.offset, replacement), secret)),
        ...fixWith({ range: [offset, offset + 1], text: replacement }),
      });
    }
  }
  return reports;
}

function checkEnv(text: string): RuleReport[] {
  const reports: RuleReport[] = [];
  listEnvLines(text).forEach(({ line, lineStart, parsed }, index) => {
    if (/^\s*#/.test(line)) return;
    // A parsed line ends where its comment starts; an unparsed one (`KEY＝value`) is read whole.
    const content = parsed ? line.slice(0, parsed.contentEnd - lineStart) : line.replace(/\s#.*$/, '');
    const key = parsed?.key ?? content.trim().split(/[=＝：:\s]/)[0] ?? '';
    const valueFrom = parsed ? parsed.valueStart - lineStart : 0;
    for (const slip of findFullwidthSlips(content)) {
      const quote = parsed?.quote ?? '';
      const replacement = replacementFor(slip, content, valueFrom, content.length - quote.length);
      const conflictsWithQuote = quote !== '' && replacement === quote;
      const word = wordAt(content.slice(valueFrom), slip.offset - valueFrom, replacement);
      reports.push({
        file: 'env',
        pointer: encodePointer([key]),
        range: { line: index + 1, column: slip.offset + 1, endLine: index + 1, endColumn: slip.offset + 2 },
        code: 'fullwidth-punctuation',
        params: describe(slip, parsed ? 'env-value' : 'env-line', replacement, showable(word, SECRET_NAME.test(key))),
        ...(conflictsWithQuote ? { noFix: 'not-plain-text' as const } : fixWith({ range: [lineStart + slip.offset, lineStart + slip.offset + 1], text: replacement })),
      });
    }
  });
  return reports;
}

function fixWith(edit: TextEdit): Pick<RuleReport, 'autofix'> {
  return { autofix: { edits: [edit] } };
}

/** The ASCII text for a slip inside a YAML scalar: quotes escaped inside quoted scalars, `key： v` gets its space. */
function yamlReplacement(scalar: WrittenScalar, slip: FullwidthMatch): string {
  const quoted = scalar.style !== 'plain';
  const inner = quoted ? [1, scalar.source.length - 1] : [0, scalar.source.length];
  const ascii = replacementFor(slip, scalar.source, inner[0]!, inner[1]!);
  if (scalar.style === 'double' && ascii === '"') return '\\"';
  if (scalar.style === 'single' && ascii === "'") return "''";
  const next = scalar.source[slip.offset + 1];
  if (scalar.isKey && ascii === ':' && next !== undefined && !/[\s/]/.test(next)) return ': ';
  return ascii;
}

/** The ideographic space next to a boundary, a comma or a blank is dropped (it would only add a blank); elsewhere it is a space. */
function replacementFor(slip: FullwidthMatch, text: string, start: number, end: number): string {
  if (slip.ascii !== ' ') return slip.ascii;
  const before = slip.offset > start ? text[slip.offset - 1]! : '';
  const after = slip.offset + 1 < end ? text[slip.offset + 1]! : '';
  return before === '' || after === '' || /[\s,，\u3000]/.test(before + after) ? '' : ' ';
}

/**
 * Fields LibreChat shows to people and never parses: `（` in a label or a prompt is a choice of
 * style, not a slip. Everywhere else (keys, URLs, model ids, names LibreChat matches) it is.
 */
const PROSE_FIELDS = new Set([
  'label',
  'description',
  'greeting',
  'customWelcome',
  'modelDisplayLabel',
  'promptPrefix',
  'instructions',
  'additional_instructions',
  'conversation_starters',
  'titlePrompt',
  'titlePromptTemplate',
  'placeholder',
  'modalContent',
]);

function isProse(pointer: string): boolean {
  return decodePointer(pointer).some((segment) => PROSE_FIELDS.has(segment));
}

/** Names whose values are credentials: their text never appears in a message. */
const SECRET_NAME = /key|token|secret|password|pass$|creds|_uri$|_url$|proxy/i;

/** The blank-delimited word around the slip, fixed: what the admin should end up with. */
function wordAt(text: string, offset: number, replacement: string): { before: string; after: string } {
  let start = offset;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  let end = offset + 1;
  while (end < text.length && !/\s/.test(text[end]!)) end++;
  return { before: text.slice(start, end), after: text.slice(start, offset) + replacement + text.slice(offset + 1, end) };
}

function showable(word: { before: string; after: string }, secret: boolean): string | undefined {
  if (secret || findKeyShapes(word.before).length > 0 || word.after.length > 80) return undefined;
  return word.after;
}

/** The slip as finding parameters: which character, where, what to type instead, and the word it fixes. */
function describe(slip: FullwidthMatch, part: FullwidthPart, replacement: string, fixed: string | undefined): ValidateFindings['fullwidth-punctuation'] {
  return { char: slip.char, ascii: slip.ascii, part, replacement, ...(fixed !== undefined && fixed.trim() !== '' ? { fixed: fixed.trim() } : {}) };
}
