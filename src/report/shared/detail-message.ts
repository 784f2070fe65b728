/** A failure described by lc-doctor itself: a code with its facts. */
interface Detail {
  code: string;
  params: object;
}

function isDetail(value: unknown): value is Detail {
  return typeof value === 'object' && value !== null && typeof (value as Detail).code === 'string' && typeof (value as Detail).params === 'object';
}

/**
 * A `JSON.stringify` replacer for reports that carry failure `detail`s: each detail gets its
 * sentence in the chosen language as `message`, just before it, where outside text (the
 * provider's, the OS's) would stand. JSON keeps the language-neutral code beside the words.
 */
export function messageBesideDetail<D extends Detail>(describe: (detail: D) => string): (key: string, value: unknown) => unknown {
  return (_key, value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    if (!isDetail(record.detail) || 'message' in record) return value;
    const message = describe(record.detail as D);
    return Object.fromEntries(Object.entries(record).flatMap(([k, v]) => (k === 'detail' ? [['message', message], [k, v]] : [[k, v]])));
  };
}
