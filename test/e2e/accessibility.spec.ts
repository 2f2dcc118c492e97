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
let commentedId: string;
let pendingAmendmentId: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-a11y-'));
  app = await launchApp({ dbPath: join(dir, 'demo.sqlite'), locale: 'fr' });
  const { seedDemoMeeting } = await import('../../electron/main/services/demo');
  const { createContext } = await import('../../electron/main/services/context');
  meetingId = seedDemoMeeting(createContext(app.db)).meetingId;
  const meeting = await call(app.dispatch, 'meeting:get', { meetingId });
  recommendationId = meeting.recommendations[1]!.id;
  // Review screens (issue 4): a recommendation with open comment threads, the pending amendment.
  for (const rec of meeting.recommendations) {
    const threads = await call(app.dispatch, 'comment:list', { recommendationId: rec.id });
    if (threads.some((thread) => !thread.resolved && thread.anchor?.current)) {
      commentedId = rec.id;
      break;
    }
  }
  pendingAmendmentId = (await call(app.dispatch, 'amendment:list', { meetingId })).find((a) => a.status === 'pending')!.id;
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

  // Review screens (issue 4).
  const tabs = locale === 'fr' ? ['Versions', 'Amendements', 'Journal'] : ['Versions', 'Amendments', 'Log'];

  it('the review tabs beside the editor: comments with their threads, history, amendments, log', async () => {
    await open(`/meeting/${meetingId}/rec/${commentedId}`, locale);
    await app.page.locator('.thread').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    for (const name of tabs) {
      await app.page.getByRole('tab', { name }).click();
      await app.page.locator('.review-tabpanel:not([hidden]) :is(li, .empty-note)').first().waitFor();
      expect(await seriousViolations(app.page), name).toEqual([]);
    }
  });

  it('two versions compared, inline and side by side', async () => {
    await open(`/meeting/${meetingId}/rec/${commentedId}`, locale);
    await app.page.getByRole('tab', { name: tabs[0] }).click();
    // The oldest version against the current one: they differ.
    await app.page.locator('.history-list > li:not([aria-current])').last().getByRole('button').first().click();
    await app.page.locator('dialog .diff').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await app.page.locator('dialog .segmented-option').nth(1).click();
    await app.page.locator('dialog .diff-side').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('the milestones, compared with now', async () => {
    await open(`/meeting/${meetingId}/milestones`, locale);
    await app.page.locator('.milestone button').first().click();
    await app.page.locator('.comparison').waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('the amendments of the meeting, and one under review with decisions taken', async () => {
    await open(`/meeting/${meetingId}/amendments`, locale);
    await app.page.locator('.amendment-item').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
    await open(`/meeting/${meetingId}/amendment/${pendingAmendmentId}`, locale);
    await app.page.locator('.hunk-card').first().waitFor();
    await app.page.locator('.hunk-card').first().getByRole('button').first().click();
    expect(await seriousViolations(app.page)).toEqual([]);
  });

  it('the audit log of the meeting', async () => {
    await open(`/meeting/${meetingId}/audit`, locale);
    await app.page.locator('.audit-entry').first().waitFor();
    expect(await seriousViolations(app.page)).toEqual([]);
  });
});
