/**
 * The last line of defence for everything lc-doctor prints. Text from outside (a provider's
 * error message, a YAML value, a Redis key) can carry terminal escape sequences that set the
 * window title, clear the screen or hide lines, and URLs can carry passwords. Both are removed
 * here, at the single point where output leaves the process, so no formatter can forget.
 */

/** ESC-introduced sequences (CSI, OSC, single-character) and the other C0/C1 control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[@-Z\\-_]?)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f]/g;

/** Colour and weight (SGR, `ESC [ ... m`): the only sequences lc-doctor writes itself. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const SGR = /^\x1b\[[0-9;]*m$/;

/** `scheme://user:password@`: the password part, in any URL-looking text. */
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/@:"'<>`]*):([^\s/@"'<>`]+)@/gi;

/** A JSON `\u00XX` escape of a control character (not itself after an escaped backslash); tab, LF, CR are written as \t \n \r. */
const JSON_CONTROL = /(?<!\\)((?:\\\\)*)\\u00(?:[01][0-9a-fA-F]|7[fF])/g;

/** Removes control characters and escape sequences except colour; keeps tab, newline and carriage return. */
export function stripControl(text: string): string {
  return text.replace(CONTROL, (sequence) => (SGR.test(sequence) ? sequence : ''));
}

/** `http://user:secret@host` → `http://user:****@host`. */
export function maskUrlPasswords(text: string): string {
  return text.replace(URL_PASSWORD, '$1:****@');
}

/**
 * What may be printed: no control characters from outside, neither raw (terminal output) nor
 * escaped inside JSON strings (a consumer printing a JSON field would otherwise replay them).
 */
export function safeOutput(text: string): string {
  return maskUrlPasswords(stripControl(text).replace(JSON_CONTROL, '$1'));
}
