/** What a language must say when `lc-doctor mock-provider` starts and stops. */
export interface MockProviderWords {
  listening(profile: string, fault: string | undefined, url: string): string;
  /** The key it requires (masked), or `undefined`: any key is accepted. */
  key(masked: string | undefined): string;
  entryCaption: string;
  /** `.env` line for a key typed with `--api-key`, which is never echoed. */
  envFromOption: string;
  /** A loopback bind cannot be reached from a LibreChat container. */
  dockerNote(url: string): string;
  stop: string;
  stopped: string;
}
