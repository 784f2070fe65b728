import { Document, LineCounter, parseDocument, type YAMLError } from 'yaml';
import type { Diagnostic } from '../core/diagnostic.js';
import { HandledError } from '../core/errors.js';
import { readTextFile } from '../core/read-text-file.js';
import { loadPlainYaml } from './fast-yaml.js';
import { checkYamlStructure, type YamlStructureProblem } from './yaml-structure.js';
import type { YamlPositions } from './yaml-positions.js';

/** Aliases a document may expand; far above any real config, far below a billion-laughs bomb. */
export const MAX_ALIAS_COUNT = 1000;

/** A parsed librechat.yaml with what formatters need to turn pointers into line:column. */
export interface LoadedYaml {
  /** The path as the user named it; used in every message. */
  file: string;
  text: string;
  bom: boolean;
  /** The `yaml` Document; after a fast load it is parsed on first use (positions, edits). */
  readonly doc: Document.Parsed;
  readonly lineCounter: LineCounter;
  /** Positions of the scalars, known without the Document after a fast load. */
  positions?: YamlPositions;
  /** The plain JS value (what LibreChat's js-yaml would produce); `undefined` when syntax errors stop it. */
  value: unknown;
  /** YAML syntax problems as diagnostics (rule `yaml-syntax`). Empty when the file parsed. */
  syntaxErrors: Diagnostic[];
  /** Its aliases make `doc.toJS()` infinite or too slow (self-reference, alias bomb): never call it. */
  aliasesUnsafe: boolean;
  /** First invalid UTF-8 sequence; the text holds U+FFFD there, as LibreChat's read does. */
  invalidUtf8?: { line: number; offset: number };
}

/** Reads `path`; `file` is how messages name it (defaults to the path itself). */
export async function loadYamlFile(path: string, file = path): Promise<LoadedYaml> {
  const { text, bom, invalidUtf8 } = await readTextFile(path, 'config', file, { lossy: true });
  const loaded = parseYamlText(file, text, bom);
  if (invalidUtf8) loaded.invalidUtf8 = invalidUtf8;
  return loaded;
}

/**
 * Parses YAML text; never throws for bad YAML (that becomes `syntaxErrors`), only for bugs. A plain
 * document takes the fast load (`fast-yaml.ts`) and builds its Document only if something asks
 * for it; everything else, syntax errors included, goes through the Document at once.
 */
export function parseYamlText(file: string, text: string, bom = false): LoadedYaml {
  const fast = loadPlainYaml(text);
  if (!fast) return parseThroughDocument(file, text, bom);
  let parsed: { doc: Document.Parsed; lineCounter: LineCounter } | undefined;
  const document = () => (parsed ??= parseDocumentOf(file, text));
  return {
    file,
    text,
    bom,
    get doc() {
      return document().doc;
    },
    get lineCounter() {
      return document().lineCounter;
    },
    positions: fast.positions,
    value: fast.value,
    syntaxErrors: [],
    aliasesUnsafe: false,
  };
}

function parseDocumentOf(file: string, text: string): { doc: Document.Parsed; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  try {
    // logLevel 'error': the yaml library would otherwise print Node warnings (complex keys) to stderr itself.
    // uniqueKeys is checked by checkYamlStructure: the library's own check is quadratic in a map's size.
    return { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false, logLevel: 'error', merge: true }), lineCounter };
  } catch (error) {
    if (error instanceof RangeError) throw new HandledError({ code: 'config.too-deep', params: { file } });
    throw error;
  }
}

function parseThroughDocument(file: string, text: string, bom: boolean): LoadedYaml {
  const { doc, lineCounter } = parseDocumentOf(file, text);
  const syntaxErrors = keepOneExhaustion(doc.errors).map((e) => toDiagnostic(file, e, lineCounter));
  const structure = checkYamlStructure(doc, MAX_ALIAS_COUNT);
  for (const problem of structure) syntaxErrors.push(structureDiagnostic(file, problem, lineCounter));
  const aliasesUnsafe = structure.some((problem) => problem.code !== 'DUPLICATE_KEY');
  let value: unknown;
  if (syntaxErrors.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      syntaxErrors.push({
        ruleId: 'yaml-syntax',
        severity: 'error',
        ...aliasOrDepthFinding(error),
        file,
        pointer: '',
        range: { line: 1, column: 1, endLine: 1, endColumn: 1 },
      });
    }
  }
  return { file, text, bom, doc, lineCounter, value, syntaxErrors, aliasesUnsafe };
}

/** The structure problems as findings: duplicate keys in the yaml library's words, aliases as lc-doctor's codes. */
const STRUCTURE_FINDINGS: Record<YamlStructureProblem['code'], (problem: YamlStructureProblem) => { code: 'yaml-syntax' | 'yaml-syntax.alias-self-reference' | 'yaml-syntax.alias-bomb'; params: Record<string, unknown> }> = {
  DUPLICATE_KEY: () => ({ code: 'yaml-syntax', params: { yamlCode: 'DUPLICATE_KEY', detail: 'Map keys must be unique' } }),
  ALIAS_SELF_REFERENCE: (problem) => ({ code: 'yaml-syntax.alias-self-reference', params: { anchor: problem.code === 'ALIAS_SELF_REFERENCE' ? problem.anchor : '' } }),
  TOO_MANY_ALIASES: () => ({ code: 'yaml-syntax.alias-bomb', params: { limit: MAX_ALIAS_COUNT, count: true } }),
};

function structureDiagnostic(file: string, problem: YamlStructureProblem, lineCounter: LineCounter): Diagnostic {
  const from = lineCounter.linePos(problem.offset);
  const to = lineCounter.linePos(problem.offset + 1);
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    ...STRUCTURE_FINDINGS[problem.code](problem),
    file,
    pointer: '',
    range: { line: from.line, column: from.col, endLine: to.line, endColumn: to.col },
  };
}

function aliasOrDepthFinding(error: unknown): { code: 'yaml-syntax.too-deep' | 'yaml-syntax.alias-bomb' | 'yaml-syntax'; params: Record<string, unknown> } {
  if (error instanceof RangeError) return { code: 'yaml-syntax.too-deep', params: {} };
  const message = error instanceof Error ? error.message : String(error);
  if (/alias/i.test(message)) return { code: 'yaml-syntax.alias-bomb', params: { limit: MAX_ALIAS_COUNT } };
  return { code: 'yaml-syntax', params: { yamlCode: 'LOAD_FAILED', detail: message.split('\n')[0] ?? '' } };
}

function toDiagnostic(file: string, error: YAMLError, lineCounter: LineCounter): Diagnostic {
  const [start, end] = error.pos;
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(Math.max(start, end));
  return {
    ruleId: 'yaml-syntax',
    severity: 'error',
    ...describeYamlError(error),
    file,
    pointer: '',
    range: { line: from.line, column: from.col, endLine: to.line, endColumn: to.col },
  };
}

/** A stack overflow is reported once per unwound level; one finding says it all. */
function keepOneExhaustion(errors: YAMLError[]): YAMLError[] {
  const first = errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  return errors.filter((e) => e.code !== 'RESOURCE_EXHAUSTION' || e === first);
}

/**
 * The yaml library's error code (BAD_INDENT, DUPLICATE_KEY, TAB_AS_INDENT...) plus its own English
 * text as `detail`; the catalog words the codes it knows and quotes the detail for the rest.
 */
function describeYamlError(error: YAMLError): { code: 'yaml-syntax.too-deep' | 'yaml-syntax'; params: Record<string, unknown> } {
  if (error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message)) return { code: 'yaml-syntax.too-deep', params: {} };
  const first = error.message.split('\n')[0] ?? error.code;
  return { code: 'yaml-syntax', params: { yamlCode: error.code, detail: first.replace(/ at line \d+, column \d+:?$/, '') } };
}

