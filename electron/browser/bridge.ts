/**
 * Runs the real renderer in Chromium with `window.api` bridged to the real handlers over a real
 * SQLite file: the way Palabre is used and tested on a machine without the Electron binary.
 * Same dispatcher, same validation, same database code as the desktop app; only the transport
 * (an exposed Playwright binding instead of Electron IPC) differs.
 */
import type { Database } from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHANNEL_NAMES } from '../../shared/contract/channelNames';
import { EVENTS, type AppEvent, type EventPayloads } from '../../shared/contract/events';
import type { Locale } from '../../shared/domain/types';
import { acquireDatabaseLock } from '../main/db/lock';
import { openDatabase } from '../main/db/open';
import { createDispatcher, type Dispatch } from '../main/handlers';
import { CONTENT_SECURITY_POLICY } from '../main/security/csp';
import { createContext } from '../main/services/context';
import type { DialogPort } from '../main/services/fileDialogs';
import type { FileMode } from '../main/services/fileTokens';
import { launchChromium } from './chromium';
import { installApi } from './installApi';
import { encodeAnswer, JSON_ANSWER_KEY } from './jsonTransport';
import { serveDirectory, type StaticServer } from './staticServer';

export const DEFAULT_RENDERER_DIR = resolve(__dirname, '../../out/renderer');

export interface BridgeOptions {
  dbPath: string;
  locale?: Locale;
  headless?: boolean;
  rendererDir?: string;
  viewport?: { width: number; height: number };
}

export interface BridgedApp {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  db: Database;
  dispatch: Dispatch;
  url: string;
  /**
   * Stands for the open and save dialogs: grants the page an opaque token for a file (the page never
   * sees the path), as the Electron dialog adapter does for the file the user picked.
   */
  grantFile(path: string, mode: FileMode): string;
  /**
   * Scripts the next open and save dialogs, as if the user picked these files (`null`/empty:
   * cancelled). Each answer is used once; a dialog with no scripted answer is cancelled.
   */
  answerDialogs(answers: { open?: string[]; save?: string | null }): void;
  /** What the dialogs shown so far asked for (purpose, suggested name), for a test to check. */
  readonly dialogsShown: Array<{ kind: 'open' | 'save'; purpose: string; suggestedName?: string }>;
  /**
   * Holds the page's calls of a channel until the function returned is called, as a slow machine
   * would keep them waiting: for a test to see what the page shows meanwhile. The calls then run as usual.
   */
  holdCalls(channel: string): () => void;
  /** Sends a main-process event to the page, as Electron's webContents.send would. */
  emit<E extends AppEvent>(event: E, payload: EventPayloads[E]): Promise<boolean>;
  /** Like closing the window: lets the renderer flush pending edits, then closes everything. */
  close(): Promise<void>;
}

export async function launchBridgedApp(options: BridgeOptions): Promise<BridgedApp> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererDir}): run \`npm run build\` first.`);
  }
  // The same lock as the desktop app, held until close(): the command line (or a second window on
  // the same file) is refused while the bridge has the database open.
  const lock = acquireDatabaseLock(options.dbPath, 'app');
  let db: Database;
  try {
    db = await openDatabase(options.dbPath);
  } catch (error) {
    lock.release();
    throw error;
  }
  // The connection is ctx.db, not db: a restore (backup:restore) replaces it.
  const dialogs = scriptedDialogs();
  // Events reach the page once it exists; before that nobody could be listening.
  const events: { page?: Page } = {};
  const ctx = createContext(db, {
    databasePath: options.dbPath,
    appVersion: appVersion(),
    dialogs: dialogs.port,
    emit: (event, payload) => void events.page?.evaluate(emitInPage, [event, payload] as const).catch(() => undefined),
  });
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    const dispatch = createDispatcher(ctx, (error) => console.error(error));
    if (options.locale) await dispatch('settings:setLocale', { locale: options.locale });
    server = await serveDirectory(rendererDir, CONTENT_SECURITY_POLICY);
    browser = await launchChromium({ headless: options.headless ?? true });
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1366, height: 850 },
      locale: options.locale === 'en' ? 'en-GB' : 'fr-FR',
      serviceWorkers: 'block',
    });
    // Nothing leaves the machine: any request that is not the local renderer is refused.
    const origin = new URL(server.url).origin;
    await context.route(
      (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
      (route) => route.abort('blockedbyclient'),
    );
    let readyToClose: (() => void) | undefined;
    const held = new Map<unknown, Promise<void>>();
    await context.exposeFunction('__palabreInvoke', async (channel: unknown, payload: unknown) => {
      await held.get(channel);
      // As JSON text when exact: Playwright's own serialization is slow on big answers (jsonTransport.ts).
      return encodeAnswer(await dispatch(channel, payload));
    });
    await context.exposeFunction('__palabreReadyToClose', () => readyToClose?.());
    // tsx/esbuild may wrap functions with a `__name` helper that does not exist in the page.
    await context.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await context.addInitScript(installApi, { channels: CHANNEL_NAMES, events: EVENTS, jsonAnswerKey: JSON_ANSWER_KEY });
    // A locator that finds nothing fails with a message instead of hanging a test.
    if (options.headless !== false) context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    events.page = page;
    await page.goto(server.url);
    const openBrowser = browser;
    const openServer = server;
    let closed = false;
    return {
      page,
      browser,
      context,
      get db() {
        return ctx.db;
      },
      dispatch,
      url: server.url,
      grantFile: (path, mode) => ctx.files.grant(path, mode),
      answerDialogs: dialogs.answer,
      dialogsShown: dialogs.shown,
      holdCalls: (channel) => {
        let release = () => {};
        held.set(channel, new Promise<void>((resolve) => (release = resolve)));
        return () => {
          held.delete(channel);
          release();
        };
      },
      emit: (event, payload) => page.evaluate(emitInPage, [event, payload] as const),
      async close() {
        if (closed) return;
        closed = true;
        if (!page.isClosed()) {
          const flushed = new Promise<void>((done) => (readyToClose = done));
          const listening = await page
            .evaluate(() => (globalThis as unknown as { __palabreEmit(e: string, p: unknown): boolean }).__palabreEmit('app:before-close', {}))
            .catch(() => false);
          // Same rule as the desktop window: wait for the renderer's flush, at most 3 s.
          if (listening) await Promise.race([flushed, new Promise((done) => setTimeout(done, 3000))]);
        }
        await openBrowser.close().catch(() => undefined);
        await openServer.close();
        ctx.staging.discardAll();
        ctx.db.close();
        lock.release();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server?.close();
    ctx.db.close();
    lock.release();
    throw error;
  }
}

/** Runs in the page: hands a main-process event to the listeners installApi registered. */
function emitInPage([name, data]: readonly [string, unknown]): boolean {
  return (globalThis as unknown as { __palabreEmit(e: string, p: unknown): boolean }).__palabreEmit(name, data);
}

/** The bridge's dialogs: answers queued by the test, in order; none queued means cancelled. */
function scriptedDialogs() {
  const opens: string[][] = [];
  const saves: Array<string | null> = [];
  const shown: BridgedApp['dialogsShown'] = [];
  const port: DialogPort = {
    chooseOpen: ({ purpose }) => {
      shown.push({ kind: 'open', purpose });
      return Promise.resolve(opens.shift() ?? []);
    },
    chooseSave: ({ purpose, suggestedName }) => {
      shown.push({ kind: 'save', purpose, suggestedName });
      return Promise.resolve(saves.shift() ?? null);
    },
  };
  const answer = (answers: { open?: string[]; save?: string | null }) => {
    if (answers.open) opens.push(answers.open);
    if (answers.save !== undefined) saves.push(answers.save);
  };
  return { port, answer, shown };
}

function appVersion(): string {
  return process.env.npm_package_version ?? '0.0.0';
}
