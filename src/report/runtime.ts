import type { RuntimeSummary } from '../validate/report.js';

/**
 * The one sentence every report uses to say how LibreChat was assumed to run, and why: verdicts
 * such as method one's `${VAR}` in .env depend on it.
 */
export function describeRuntimeLine(runtime: RuntimeSummary): string {
  const example = runtime.envIsExample ? '; the env file is an example: names checked, empty values accepted' : '';
  if (runtime.kind === 'compose') {
    const how = runtime.reason === 'option' ? 'chosen with --runtime compose' : `found ${runtime.composeFiles?.join(' + ')}`;
    const image = runtime.imageTag ? `, image tag ${runtime.imageTag}` : '';
    return `assumed Docker Compose (service ${runtime.service}${image}): ${how}; use --runtime node for npm run backend${example}`;
  }
  const why = {
    option: 'chosen with --runtime node',
    'no-compose-file': 'no compose file in this folder',
    'no-librechat-service': 'the compose files here run no LibreChat service',
    'compose-file': 'no compose file in this folder',
  }[runtime.reason];
  return `assumed npm run backend (LibreChat's dotenv reads .env): ${why}; use --runtime compose otherwise${example}`;
}
