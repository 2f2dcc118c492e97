/**
 * Every screen passes an axe-core audit with no serious or critical violation, in French and in
 * English, on the demonstration meeting (a realistic amount of content).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import { seriousViolations } from './axe';
import { launchApp, type LaunchedApp } from './harness';

let dir: string;
let app: LaunchedApp;
let meetingId: string;
let recommendationId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-a11y-'));
  app = await launchApp({ dbPath: join(dir, 'demo.sqlite'), locale: 'fr' });
  const { seedDemoMeeting } = await import('../../electron/main/services/demo');
  const { createContext } = await import('../../electron/main/services/context');
  meetingId = seedDemoMeeting(createContext(app.db)).meetingId;
  const meeting = await call(app.dispatch, 'meeting:get', { meetingId });
  recommendationId = meeting.recommendations[1]!.id;
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function open(hash: string, locale: 'fr' | 'en') {
  // A fresh load: the app reads its language at start, and nothing from the previous test stays.
  await app.page.goto(`${app.url}#${hash}`);
  await app.page.reload();
  await app.page.locator('main').first().waitFor();
  // The audit is only worth something in the language it claims to check.
  await expect.poll(() => app.page.locator('html').getAttribute('lang')).toBe(locale);
}

it('the audit does see a serious violation when there is one', async () => {
  await open('/', 'fr');
  await app.page.evaluate(() => {
    const button = document.createElement('button');
    button.id = 'nameless';
    document.querySelector('main')!.append(button);
  });
  expect((await seriousViolations(app.page)).map((v) => v.id)).toContain('button-name');
});

describe.each(['fr', 'en'] as const)('accessibility (%s)', (locale) => {
  beforeAll(async () => {
    await app.dispatch('settings:setLocale', { locale });
  });

  it('the list of meetings', async () => {
    await open('/', locale);
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('a meeting with its committees, recommendations and participants', async () => {
    await open(`/meeting/${meetingId}`, locale);
    await app.page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('the recommendation editor', async () => {
    await open(`/meeting/${meetingId}/rec/${recommendationId}`, locale);
    await app.page.getByRole('textbox').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
