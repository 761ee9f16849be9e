// Decisions about one request to the loopback host, as pure functions.
// The host binds 127.0.0.1 only; these checks stop a web page in the same browser
// (DNS rebinding, cross-site requests) from talking to it.

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`];
}

/** The Host header must name this server exactly (a rebinding attack sends its own name). */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host !== undefined && allowedHosts(port).includes(host.toLowerCase());
}

/** Origin, when the browser sends one, must be this server's own origin. */
export function isAllowedOrigin(origin: string | undefined, host: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  if (!isAllowedHost(host, port)) return false;
  let url: URL;
  try { url = new URL(origin); } catch { return false; }
  return url.protocol === 'http:' && url.host === host!.toLowerCase() && url.pathname === '/' && origin === url.origin;
}

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  return out;
}
