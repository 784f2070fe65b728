/**
 * The one grammar for a LibreChat version on the command line and in files:
 * `0.8.2`, `v0.8.2`, `0.8.8-rc4`. Anything else is refused by the registry.
 */
export interface LibreChatVersion {
  major: number;
  minor: number;
  patch: number;
  /** Release-candidate number (`-rc4` -> 4), absent for a final release. */
  rc?: number;
  /** Normalised spelling without the `v`: `0.8.8-rc4`. */
  text: string;
  /** The line it belongs to: `0.8.8` for `0.8.8-rc4`. */
  lineId: string;
}

const VERSION = /^v?(\d+)\.(\d+)\.(\d+)(?:-rc\.?(\d+))?$/i;

/** Parses the version grammar; undefined when the text does not follow it. */
export function parseLibreChatVersion(input: string): LibreChatVersion | undefined {
  const match = VERSION.exec(input.trim());
  if (!match) return undefined;
  const [major, minor, patch] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const rc = match[4] === undefined ? undefined : Number(match[4]);
  const lineId = `${major}.${minor}.${patch}`;
  return { major, minor, patch, rc, lineId, text: rc === undefined ? lineId : `${lineId}-rc${rc}` };
}

/** Numeric dotted-version comparison; non-numeric parts (`rc4`) compare as 0, so `0.8.8-rc4` equals `0.8.8`. */
export function compareVersions(a: string, b: string): number {
  const pa = a.replace(/^v/, '').split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  const pb = b.replace(/^v/, '').split(/[.-]/).map((p) => Number.parseInt(p, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
