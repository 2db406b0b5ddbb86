import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, parseCsp } from '../../../electron/backend/csp';

/** Reads the CSP meta tag from the built index.html (the global setup builds the renderer). */
function builtPolicy(): string {
  const html = readFileSync('out/renderer/index.html', 'utf8');
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html);
  if (!match?.[1]) throw new Error('no CSP meta tag in the built index.html');
  return match[1];
}

describe('Content-Security-Policy of the built renderer', () => {
  const policy = parseCsp(builtPolicy());

  it('is the same policy that main and the bridge send as a header', () => {
    expect(parseCsp(CONTENT_SECURITY_POLICY)).toEqual(policy);
  });

  it('denies by default and allows scripts only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('has no unsafe-eval or unsafe-inline anywhere', () => {
    for (const [, sources] of policy) {
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources).not.toContain("'unsafe-inline'");
      expect(sources).not.toContain("'wasm-unsafe-eval'");
    }
  });

  it('connects only to the app itself, and embeds nothing', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });

  it('allows no remote host in any directive', () => {
    for (const [, sources] of policy) {
      for (const source of sources) expect(source).toMatch(/^('self'|'none'|data:|blob:)$/);
    }
  });

  it('leaves no inline script in the built page', () => {
    const html = readFileSync('out/renderer/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });
});
