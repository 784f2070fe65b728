/**
 * English left in text meant to be Chinese: runs of three or more plain English words. What a
 * Chinese engineer writes verbatim is removed first: code frames, `code`, '...' and "..." quotes,
 * URLs, paths, options, ${VARS}, identifiers (camelCase, snake_case, CAPS, dotted, with digits),
 * and the product names below.
 */
export function findEnglishSentences(text: string): string[] {
  const found: string[] = [];
  for (const rawLine of text.split('\n')) {
    if (isFileText(rawLine)) continue;
    const line = rawLine
      // A provider's own error text, quoted verbatim in （...）, is data, not lc-doctor's words.
      .replace(/（[\x20-\x7e]*）/g, ' ')
      // A YAML comment inside a printed fix is part of the snippet to paste.
      .replace(/^\s*#.*$/, ' ')
      .replace(/`[^`]*`/g, ' ')
      // A command to paste (a hint's `docker run ...`, `npm run ...`) is verbatim up to Chinese punctuation.
      .replace(/\b(?:docker|npm|npx|printf|sed|lc-doctor) [a-z][^，。；：（）]*/g, ' ')
      .replace(/'[^']*'|"[^"]*"/g, ' ')
      .replace(/\b[a-z]+:\/\/\S+/gi, ' ')
      .replace(/\$\{[^}]*\}/g, ' ')
      .replace(/(^|\s)--?[\w-]+(=\S+)?/g, ' ')
      .replace(/\S*[/\\.=_@#<>[\]{}]\S*/g, ' ')
      .replace(/\b[a-z]+(?:-[a-z]+)+\b/g, ' ')
      .replace(/\b\w*\d\w*\b/g, ' ')
      .replace(/\b[A-Za-z]*[a-z][A-Z]\w*\b|\b[A-Z]{2,}\w*\b/g, ' ')
      .replace(/\b(LibreChat|lc-doctor|OpenAI|OpenRouter|DeepSeek|DashScope|Qwen|SiliconFlow|Redis|MongoDB|Docker|GitHub|Google|Anthropic|Bedrock|Azure|Ollama|Hugging Face|Groq|ModelScope|Node|YAML|JSON|Markdown|JUnit|SARIF|Bearer|Authorization|Ctrl|Thoughts|New Chat|user_provided|stylish|github|sarif|junit|json|markdown|off|info|warn|error|options|command|provider|endpoint|true|false|null)\b/g, ' ');
    // Two or more spaces separate table columns (a label, then a region), never words of one sentence.
    for (const cell of line.split(/ {2,}/)) for (const match of cell.matchAll(/\b[A-Za-z]+(?:[ '-]+[A-Za-z]+){2,}\b/g)) found.push(match[0]);
  }
  return found;
}

/** Code frames, YAML/.env excerpts and unified diffs: the user's own text, not lc-doctor's words. */
function isFileText(line: string): boolean {
  if (/^\s*(>?\s*\d+ \||\|)/.test(line) || /^\s{2,}[\w-]+:(\s|$)|^\s+- /.test(line)) return true;
  // A unified diff shows the files' own bytes (add-endpoint's .env comments stay English on purpose).
  return /^(?:[+-](?![+-]{2} )|@@ )/.test(line);
}

const CJK = '\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef';
/** ASCII punctuation touching Chinese, a sentence's ASCII full stop, or one space between two Chinese characters (`必须是 私有`). */
const ASCII_AGAINST_CHINESE = new RegExp(`[${CJK}] ?[(:;,]|[(:;,] ?[${CJK}]|[${CJK}]\\.$|[\\u4e00-\\u9fff] [\\u4e00-\\u9fff]`, 'g');

/**
 * ASCII punctuation written against Chinese text, where a Chinese writer uses the full-width form:
 * `为什么 X: 不会显示`, `2 正常, 0 警告`, `（默认: 8765)`, `...结果）.`, `必须是 私有`. Quoted and code text, URLs,
 * `${VARS}`, file excerpts, the `lc-doctor: ` prefix and GitHub's `::error ...::` syntax are left out.
 */
export function findAsciiPunctuation(text: string): string[] {
  const found: string[] = [];
  for (const rawLine of text.split('\n')) {
    if (isFileText(rawLine) || rawLine.startsWith('::')) continue;
    const line = rawLine
      .replace(/^lc-doctor: /, '')
      // A placeholder keeps what stood next to the quote apart: `是 \`PNG\` (值` still shows its '('.
      .replace(/`[^`]*`|'[^']*'|"[^"]*"|“[^”]*”|\b[a-z]+:\/\/\S+|\$\{[^}]*\}/gi, '·');
    for (const match of line.matchAll(ASCII_AGAINST_CHINESE)) found.push(line.slice(Math.max(0, match.index - 8), match.index + match[0].length + 8));
  }
  return found;
}
