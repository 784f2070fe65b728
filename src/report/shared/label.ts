/** `hint: text` in English, `提示：text` in Chinese: a full-width colon (even coloured) carries its own space. */
export function labelled(label: string, text: string): string {
  // eslint-disable-next-line no-control-regex
  return /：(\u001b\[[0-9;]*m)?$/.test(label) ? `${label}${text}` : `${label} ${text}`;
}
