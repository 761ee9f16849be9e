// The one Content-Security-Policy of the desk. The Electron shell serves the UI from
// app:// with `connect-src 'none'` (it talks over IPC only); the loopback host widens
// connect-src to itself and nothing else.

export function contentSecurityPolicy(opts: { connectSelf: boolean }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // Ant Design injects its generated CSS as <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${opts.connectSelf ? "'self'" : "'none'"}`,
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
  ].join('; ');
}

/** Headers every UI response carries, whichever transport serves it. */
export function securityHeaders(opts: { connectSelf: boolean }): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(opts),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=()',
    'Cache-Control': 'no-store',
  };
}
