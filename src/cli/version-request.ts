/** `lc-doctor --version` alone: what scripts call most, answered before any command module loads. */
export function isVersionRequest(argv: readonly string[]): boolean {
  return argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V');
}
