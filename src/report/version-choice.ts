import type { VersionSource } from '../librechat/index.js';

/** How a command decided which LibreChat line judged (the same words in every command's report). */
export interface VersionChoiceView {
  reason: VersionSource;
  evidence?: { file: string; value: string; known: boolean };
}

export function describeVersionChoice(choice: VersionChoiceView): string {
  const { evidence } = choice;
  switch (choice.reason) {
    case 'option':
      return 'chosen with --librechat-version';
    case 'compose-image':
      return evidence?.known ? `from the image ${evidence.value} in ${evidence.file}` : `the image ${evidence?.value} in ${evidence?.file} names no LibreChat line: unknown, judged as the newest`;
    case 'checkout':
      return evidence?.known ? `from the LibreChat checkout's package.json (${evidence.value})` : `the checkout's package.json says ${evidence?.value}, not a line lc-doctor knows: judged as the newest`;
    case 'config-version':
      return "matched from the file's `version:` field";
    case 'newest':
      return 'the newest known; set --librechat-version to choose';
  }
}
