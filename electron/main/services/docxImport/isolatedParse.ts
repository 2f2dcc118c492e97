/**
 * Reading an untrusted Word document's text in a worker thread with hard limits: a deadline and a
 * memory cap (V8's resourceLimits). mammoth and happy-dom work in long synchronous steps that no
 * timer in the same thread can interrupt, and a crafted file can make them allocate without end;
 * in a worker, an overrun terminates the worker and the app goes on, with a clear message.
 *
 * One worker is kept between documents (loading mammoth, happy-dom and DOMPurify takes seconds on a
 * slow laptop) and reads them one at a time; one that overran is terminated and the next document
 * gets a fresh one. While idle it does not keep the process alive.
 *
 * The worker is a file of its own: out/main/docxParseWorker.js in the built app (an input of
 * electron.vite.config.ts), parseWorker.ts loaded through tsx when running from the sources (the
 * command line, the tests, the browser bridge).
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ImportedBlock } from '../../../../shared/docxImport/model';
import { PalabreError, type ErrorCode, type ErrorDetail } from '../../../../shared/errors';

export interface ParseJob {
  id: number;
  zip: Uint8Array;
}

export type ParseReply = { ok: true; blocks: ImportedBlock[] } | { ok: false; code: ErrorCode; detail: ErrorDetail };

export interface ParseLimits {
  /** Past it, the worker is terminated. Generous: a real 25 MB document on a slow laptop stays far below. */
  timeoutMs: number;
  /** The worker's heap; an ordinary contribution needs a few tens of megabytes. */
  maxOldGenerationSizeMb: number;
  maxYoungGenerationSizeMb: number;
  stackSizeMb: number;
}

export const PARSE_LIMITS: ParseLimits = {
  timeoutMs: 60_000,
  maxOldGenerationSizeMb: 1024,
  maxYoungGenerationSizeMb: 64,
  stackSizeMb: 8,
};

/** The built worker's file name, beside the main bundle (see electron.vite.config.ts). */
export const BUILT_WORKER_FILE = 'docxParseWorker.js';

interface Running {
  worker: Worker;
  /** Its limits: a job with other limits gets a worker of its own. */
  key: string;
}

let current: Running | undefined;
let nextId = 1;
/** Jobs run one after the other: each waits for the one before it to settle. */
let queue: Promise<unknown> = Promise.resolve();

/** The blocks of a checked .docx (its clean zip), read in a worker within `limits`. */
export function parseDocxIsolated(zip: Uint8Array, limits: ParseLimits = PARSE_LIMITS): Promise<ImportedBlock[]> {
  const job = queue.then(() => runJob(zip, limits));
  queue = job.catch(() => undefined);
  return job;
}

/** Ends the kept worker (a test, or a process about to end, that wants no thread left). */
export async function stopParseWorker(): Promise<void> {
  const running = current;
  current = undefined;
  await running?.worker.terminate();
}

function runJob(zip: Uint8Array, limits: ParseLimits): Promise<ImportedBlock[]> {
  const running = workerFor(limits);
  const { worker } = running;
  const id = nextId++;
  worker.ref();
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (outcome: () => void, keep: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (keep) worker.unref();
      else {
        if (current === running) current = undefined;
        void worker.terminate();
      }
      outcome();
    };
    const onMessage = (message: { id: number; reply: ParseReply }) => {
      if (message.id !== id) return;
      const { reply } = message;
      settle(() => (reply.ok ? resolve(reply.blocks) : reject(new PalabreError(reply.code, reply.detail))), true);
    };
    const onError = (error: Error & { code?: string }) =>
      settle(
        () => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooHungry(limits.maxOldGenerationSizeMb) : new PalabreError('internal', `docx worker: ${error.message}`)),
        false,
      );
    const onExit = (code: number) => settle(() => reject(new PalabreError('internal', `docx worker ended (${code})`)), false);
    const deadline = setTimeout(() => settle(() => reject(tooSlow(limits.timeoutMs)), false), limits.timeoutMs);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ id, zip } satisfies ParseJob);
  });
}

function workerFor(limits: ParseLimits): Running {
  const key = JSON.stringify(limits);
  if (current?.key === key) return current;
  if (current) void current.worker.terminate();
  current = { worker: startWorker(limits), key };
  return current;
}

function startWorker(limits: ParseLimits): Worker {
  const resourceLimits: ResourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb,
    maxYoungGenerationSizeMb: limits.maxYoungGenerationSizeMb,
    stackSizeMb: limits.stackSizeMb,
  };
  if (!__filename.endsWith('.ts')) return new Worker(join(__dirname, BUILT_WORKER_FILE), { resourceLimits });
  // From the sources: the worker loads its TypeScript through tsx's require hook (a dev dependency,
  // present wherever the sources run).
  const source = join(__dirname, 'parseWorker.ts');
  const tsx = createRequire(__filename).resolve('tsx/cjs/api');
  const boot = `require(${JSON.stringify(tsx)}).require(${JSON.stringify(source)}, ${JSON.stringify(source)});`;
  return new Worker(boot, { eval: true, resourceLimits });
}

function tooSlow(ms: number): PalabreError {
  const [amount, unit] = ms < 1000 ? [String(ms), 'ms'] : [String(Math.round(ms / 100) / 10), 's'];
  return new PalabreError('docx_too_large', {
    fr: `lecture interrompue après ${amount.replace('.', ',')}\u00A0${unit}`,
    en: `reading stopped after ${amount} ${unit}`,
  });
}

function tooHungry(mb: number): PalabreError {
  return new PalabreError('docx_too_large', {
    fr: `sa lecture demande plus de ${mb}\u00A0Mo de mémoire`,
    en: `reading it needs more than ${mb} MB of memory`,
  });
}
