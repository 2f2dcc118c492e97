/**
 * The built app reads Word documents in its own worker file: `npm run build` emits
 * out/main/docxParseWorker.js beside the main bundle, the bundle loads it from there, and the
 * worker, started as the packaged app starts it (plain JavaScript, no TypeScript loader), answers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { BUILT_WORKER_FILE, type ParseReply } from '../../electron/main/services/docxImport/isolatedParse';
import { readDocxPackage } from '../../electron/main/services/docxImport/package';
import { handmadeDocx, paragraph } from '../electron/main/services/docxImport/handmade';

const OUT_MAIN = resolve(__dirname, '../../out/main');

function builtWorker(): string {
  const path = join(OUT_MAIN, BUILT_WORKER_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build\` first.`);
  return path;
}

describe('the built Word parse worker', () => {
  it('is emitted beside the main bundle, which starts it from there', () => {
    builtWorker();
    const main = readFileSync(join(OUT_MAIN, 'index.js'), 'utf8');
    expect(main).toContain(`"${BUILT_WORKER_FILE}"`);
  });

  it('reads a document when started as the packaged app starts it', async () => {
    const zip = readDocxPackage(handmadeDocx(paragraph('Les États membres créent un réseau d’alerte précoce\u00A0!'))).cleanZip;
    const worker = new Worker(builtWorker(), { resourceLimits: { maxOldGenerationSizeMb: 256 } });
    try {
      const reply = await new Promise<{ id: number; reply: ParseReply }>((done, fail) => {
        worker.once('message', done);
        worker.once('error', fail);
        worker.postMessage({ id: 7, zip });
      });
      expect(reply).toEqual({ id: 7, reply: { ok: true, blocks: [{ kind: 'paragraph', runs: [{ text: 'Les États membres créent un réseau d’alerte précoce\u00A0!', format: 0 }] }] } });
    } finally {
      await worker.terminate();
    }
  });
});
