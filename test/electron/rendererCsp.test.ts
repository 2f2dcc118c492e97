/**
 * The renderer's page carries the same CSP as the one the window sends as a header: a page opened
 * any other way (the browser bridge, a file manager) is as locked down as in the desktop window.
 * Needs renderer/index.html (written with the renderer).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';

function metaPolicies(html: string): string[] {
  const policies: string[] = [];
  for (const [tag] of html.matchAll(/<meta\b[^>]*>/gi)) {
    const attributes = new Map(
      [...tag.matchAll(/([\w-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)].map((m) => [m[1]!.toLowerCase(), m[3] ?? m[4] ?? '']),
    );
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') policies.push(attributes.get('content') ?? '');
  }
  return policies;
}

const normalise = (policy: string) =>
  policy
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean)
    .join('; ');

describe('renderer page', () => {
  it('declares exactly the CSP the main process sends', () => {
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');
    const policies = metaPolicies(html);
    expect(policies).toHaveLength(1);
    expect(normalise(policies[0]!)).toBe(normalise(CONTENT_SECURITY_POLICY));
  });

  it('has no inline script or style for the CSP to block', () => {
    const html = readFileSync(resolve(__dirname, '../../renderer/index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html).not.toMatch(/<style\b|\sstyle\s*=/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});
