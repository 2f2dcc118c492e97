import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { isOwnPage, isTrustedSender } from '../../electron/main/security/ownPage';

const appUrl = 'file:///opt/Palabre/out/renderer/index.html';

describe('our own page', () => {
  it('is the renderer file, whatever route its fragment or query holds', () => {
    expect(isOwnPage(appUrl, appUrl)).toBe(true);
    expect(isOwnPage(`${appUrl}#/meetings/42`, appUrl)).toBe(true);
    expect(isOwnPage(`${appUrl}?lang=en`, appUrl)).toBe(true);
    expect(isOwnPage('file:///opt/Palabre/out/renderer/./index.html', appUrl)).toBe(true);
  });

  it('is not another file, another scheme, or another host', () => {
    for (const url of [
      'file:///opt/Palabre/out/renderer/other.html',
      'file:///opt/Palabre/out/renderer/../renderer2/index.html',
      'file:///etc/passwd',
      'file://evil.example/opt/Palabre/out/renderer/index.html',
      'https://example.org/opt/Palabre/out/renderer/index.html',
      'http://localhost:5173/index.html',
      'javascript:alert(1)',
      'about:blank',
      '',
      'index.html',
    ]) {
      expect(isOwnPage(url, appUrl), url).toBe(false);
    }
  });

  it('matches paths with spaces and accents however they are encoded', () => {
    const spaced = 'file:///home/aminata/Mes%20documents/Palabre%20%C3%A9t%C3%A9/index.html';
    expect(isOwnPage('file:///home/aminata/Mes documents/Palabre été/index.html', spaced)).toBe(true);
  });
});

describe('trusted IPC senders', () => {
  it('are frames showing our page, and nothing else', () => {
    expect(isTrustedSender(appUrl, appUrl)).toBe(true);
    expect(isTrustedSender(`${appUrl}#/recommendation/7`, appUrl)).toBe(true);
    expect(isTrustedSender('https://example.org/', appUrl)).toBe(false);
    expect(isTrustedSender('file:///home/aminata/Downloads/page.html', appUrl)).toBe(false);
    // A frame with no URL yet (being created or torn down) is not trusted.
    expect(isTrustedSender('', appUrl)).toBe(false);
  });
});

describe('content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources.join(' ')] as const;
    }),
  );

  it('loads nothing from the network and runs nothing inline or evaluated', () => {
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|https?:|\*/);
  });
});
