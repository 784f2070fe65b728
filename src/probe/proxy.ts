/**
 * LibreChat's outbound proxy is the `PROXY` variable; `NO_PROXY` (or `no_proxy`) lists hosts
 * that bypass it, in the common curl/undici form: comma- or space-separated host names, `.suffix`
 * or `*.suffix` for sub-domains, an optional `:port`, and `*` for everything.
 */
export function proxyFor(url: string, environment: Record<string, string | undefined>): string | undefined {
  const proxy = environment.PROXY?.trim();
  if (!proxy) return undefined;
  const noProxy = (environment.NO_PROXY ?? environment.no_proxy ?? '').trim();
  return bypassesProxy(new URL(url), noProxy) ? undefined : proxy;
}

function bypassesProxy(url: URL, noProxy: string): boolean {
  if (noProxy === '') return false;
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => matchesEntry(entry.toLowerCase(), host, port));
}

function matchesEntry(entry: string, host: string, port: string): boolean {
  if (entry === '*') return true;
  const portMatch = /^(.*?)(?::(\d+))?$/.exec(entry.replace(/^\[|\](?=:|$)/g, ''));
  const pattern = (portMatch?.[1] ?? entry).replace(/^\*?\./, '.');
  const entryPort = portMatch?.[2];
  if (entryPort && entryPort !== port) return false;
  if (pattern.startsWith('.')) return host.endsWith(pattern) || host === pattern.slice(1);
  return host === pattern || host.endsWith(`.${pattern}`);
}
