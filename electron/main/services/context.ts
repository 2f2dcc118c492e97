/**
 * What every use-case needs: the database, its repositories, a clock and an id source. Passed in,
 * never imported, so the same services run under Electron, the CLI, the browser bridge and Vitest.
 */
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { amendmentsRepository } from '../db/repositories/amendments';
import { commentsRepository } from '../db/repositories/comments';
import { exchangeRepository } from '../db/repositories/exchange';
import { meetingsRepository } from '../db/repositories/meetings';
import { milestonesRepository } from '../db/repositories/milestones';
import { packageBasesRepository } from '../db/repositories/packageBases';
import { peopleRepository } from '../db/repositories/people';
import { recommendationsRepository } from '../db/repositories/recommendations';
import { searchRepository } from '../db/repositories/search';
import { auditRepository, settingsRepository } from '../db/repositories/settings';
import type { AppEvent, EventPayloads, TaskProgress } from '../../../shared/contract/events';
import { stampsRepository } from '../db/repositories/stamps';
import { createWalFlusher, type WalFlusher } from '../db/walFlush';
import { NO_DIALOGS, type DialogPort } from './fileDialogs';
import { createFileTokens, type FileTokens } from './fileTokens';
import { createStaging } from './staging';

export interface ServiceDeps {
  now?: () => Date;
  newId?: () => string;
  /** Shown by `app:info`. */
  databasePath?: string;
  appVersion?: string;
  /** Where backups go; default: a `backups` folder beside the database (see services/backups.ts). */
  backupDir?: string;
  /** The better-sqlite3 addon to load when the database is reopened (after a restore). */
  nativeBinding?: string;
  /** Files the user chose in a dialog, by token (see fileTokens.ts); one registry per process. */
  files?: FileTokens;
  /** The open and save dialogs (Electron's, the bridge's scripted ones); default: none, every dialog cancelled. */
  dialogs?: DialogPort;
  /** Where dropped files are staged; default: the system's temporary folder. */
  stagingDir?: string;
  /**
   * Sends an event to the renderer (Electron's webContents.send, the bridge's page): how a long task
   * reports its progress while it runs. Default: nobody listens (CLI, tests).
   */
  emit?: EmitEvent;
  /**
   * What puts a call's writes on disk before the dispatcher answers it (db/walFlush.ts). Default: a
   * flusher of the connection's -wal file; none (null) for an in-memory database.
   */
  walFlusher?: WalFlusher | null;
}

export type EmitEvent = <E extends AppEvent>(event: E, payload: EventPayloads[E]) => void;

/**
 * Passes on a step when its phase changes, when it ends, or when it has moved by at least 1 %: an
 * export of 600 recommendations reports each one, and the window needs a hundred updates, not 600.
 */
function throttledProgress(send: (step: TaskProgress) => void): (step: TaskProgress) => void {
  let last: TaskProgress | undefined;
  return (step) => {
    const moved = last === undefined || last.task !== step.task || last.phase !== step.phase || last.total !== step.total;
    const enough = step.total === 0 || step.done >= step.total || Math.abs(step.done - (last?.done ?? 0)) >= step.total / 100;
    if (!moved && !enough) return;
    last = step;
    send(step);
  };
}

/** Everything in the context that depends on the open connection. */
function repositories(db: Database) {
  return {
    db,
    meetings: meetingsRepository(db),
    people: peopleRepository(db),
    recommendations: recommendationsRepository(db),
    comments: commentsRepository(db),
    milestones: milestonesRepository(db),
    amendments: amendmentsRepository(db),
    exchange: exchangeRepository(db),
    search: searchRepository(db),
    settings: settingsRepository(db),
    audit: auditRepository(db),
    stamps: stampsRepository(db),
    bases: packageBasesRepository(db),
  };
}

export function createContext(db: Database, deps: ServiceDeps = {}) {
  const now = deps.now ?? (() => new Date());
  const emit = throttledProgress((step) => deps.emit?.('task:progress', step));
  return {
    ...repositories(db),
    newId: deps.newId ?? randomUUID,
    timestamp: () => now().toISOString(),
    databasePath: deps.databasePath ?? '',
    appVersion: deps.appVersion ?? '0.0.0',
    backupDir: deps.backupDir ?? '',
    nativeBinding: deps.nativeBinding,
    files: deps.files ?? createFileTokens(),
    dialogs: deps.dialogs ?? NO_DIALOGS,
    stagingDir: deps.stagingDir ?? '',
    emit: deps.emit ?? (() => undefined),
    // From the connection's own file name: a restore reopens the same path, so the flusher stays valid.
    walFlusher: deps.walFlusher !== undefined ? deps.walFlusher : db.memory ? null : createWalFlusher(`${db.name}-wal`),
    /** Reports a step of a long task to the renderer (see TaskProgress); never throws. */
    progress(step: TaskProgress): void {
      try {
        emit(step);
      } catch {
        // A window closed mid-task must not fail the task itself.
      }
    },
    /** The dropped files staged in this session, deleted once imported or when the process ends. */
    staging: createStaging(),
    /**
     * A participant who acts instead of the database's "who am I", for one command only (the
     * command line's --as). Undefined: the profile acts. See actingAs() in profile.ts.
     */
    actingAs: undefined as string | undefined,
    /**
     * Set while the connection is being replaced (a restore closes the file and reopens it): the
     * dispatcher waits for it before running anything else, so no call meets a closed database.
     */
    swapping: undefined as Promise<unknown> | undefined,
  };
}

export type ServiceContext = ReturnType<typeof createContext>;

/**
 * Points an existing context at a new connection (after a restore reopened the file). Handlers, the
 * IPC wiring and timers hold the context, not the connection, so they all follow.
 */
export function replaceDatabase(ctx: ServiceContext, db: Database): void {
  Object.assign(ctx, repositories(db));
}
