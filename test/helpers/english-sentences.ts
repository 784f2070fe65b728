/**
 * English left in text meant to be Chinese: runs of three or more plain English words. What a
 * Chinese engineer writes verbatim is removed first: code frames, `code`, '...' and "..." quotes,
 * URLs, paths, options, ${VARS}, identifiers (camelCase, snake_case, CAPS, dotted, with digits),
 * and the product names below.
 */
export function findEnglishSentences(text: string): string[] {
  const found: string[] = [];
  for (const rawLine of text.split('\n')) {
    // Code frames and YAML/.env excerpts are the user's own text.
    if (/^\s*(>?\s*\d+ \||\|)/.test(rawLine) || /^\s{2,}[\w-]+:(\s|$)|^\s+- /.test(rawLine)) continue;
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
    for (const match of line.matchAll(/\b[A-Za-z]+(?:[ '-]+[A-Za-z]+){2,}\b/g)) found.push(match[0]);
  }
  return found;
}
