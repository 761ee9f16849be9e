import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, parseCookies } from '../../../api/transport/request-guard';

describe('loopback host request guard', () => {
  const port = 43117;
  it('accepts only its own host names and port', () => {
    expect(isAllowedHost('127.0.0.1:43117', port)).toBe(true);
    expect(isAllowedHost('localhost:43117', port)).toBe(true);
    for (const h of [undefined, '', '127.0.0.1', '127.0.0.1:80', 'evil.com:43117', '127.0.0.1.evil.com:43117',
      'attacker.example', '[::1]:43117', '127.0.0.1:43117.evil', '0.0.0.0:43117', '127.1:43117']) {
      expect(isAllowedHost(h, port), String(h)).toBe(false);
    }
  });

  it('accepts a missing Origin or exactly its own', () => {
    expect(isAllowedOrigin(undefined, '127.0.0.1:43117', port)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:43117', '127.0.0.1:43117', port)).toBe(true);
    for (const o of ['null', 'http://evil.com', 'https://127.0.0.1:43117', 'http://localhost:43117', 'http://127.0.0.1:43117/',
      'http://127.0.0.1:43118', 'http://127.0.0.1:43117@evil.com', 'file://', 'http://127.0.0.1:43117.evil.com']) {
      expect(isAllowedOrigin(o, '127.0.0.1:43117', port), o).toBe(false);
    }
  });

  it('refuses an Origin when the Host itself is foreign (DNS rebinding)', () => {
    expect(isAllowedOrigin('http://rebind.evil:43117', 'rebind.evil:43117', port)).toBe(false);
  });

  it('parses cookies', () => {
    expect(parseCookies('a=1; clearance_client=xyz; b').get('clearance_client')).toBe('xyz');
    expect(parseCookies(undefined).size).toBe(0);
  });
});
