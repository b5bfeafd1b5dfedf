import { describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy, securityHeaders } from './content-security-policy';

/** "a b c; d e" -> { a: ['b', 'c'], d: ['e'] }, the way a browser splits a policy. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name, sources);
  }
  return directives;
}

describe('content security policy', () => {
  const meta = parsePolicy(metaContentSecurityPolicy());
  const header = parsePolicy(securityHeaders()['Content-Security-Policy']!);

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(meta.get('script-src')).toEqual(["'self'"]);
    expect(metaContentSecurityPolicy()).not.toMatch(/unsafe-(inline|eval|hashes)|wasm-unsafe-eval|strict-dynamic/);
    expect(meta.get('object-src')).toEqual(["'none'"]);
    expect(meta.get('base-uri')).toEqual(["'self'"]);
  });

  it('lets workers start from the app and from blobs (MapLibre)', () => {
    expect(meta.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(meta.get('child-src')).toEqual(["'self'", 'blob:']);
  });

  it('connects to the app, https feeds and loopback http only', () => {
    expect(meta.get('connect-src')).toEqual(["'self'", 'https:', 'http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('loads images from the app, data:, blob: and the opt-in OpenRailwayMap overlay only', () => {
    expect(meta.get('img-src')).toEqual(["'self'", 'data:', 'blob:', 'https://*.tiles.openrailwaymap.org']);
  });

  it('keeps frame-ancestors out of the meta tag (browsers reject it there) and in the header', () => {
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    for (const [name, sources] of meta) expect(header.get(name)).toEqual(sources);
  });

  it('sends no referrer and forbids MIME sniffing', () => {
    expect(securityHeaders()['Referrer-Policy']).toBe('no-referrer');
    expect(securityHeaders()['X-Content-Type-Options']).toBe('nosniff');
  });
});
