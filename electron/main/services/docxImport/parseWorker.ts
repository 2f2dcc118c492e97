/**
 * The worker thread that reads a Word document's text: mammoth, then DOMPurify over happy-dom, then
 * the block model. Everything that parses untrusted XML and HTML runs here, so that the host
 * (isolatedParse.ts) can stop it — a deadline, a memory cap — without stopping the app.
 * Built as its own file (electron.vite.config.ts); run from the sources through tsx.
 */
import { parentPort } from 'node:worker_threads';
import { PalabreError } from '../../../../shared/errors';
import { docxToHtml, htmlToBlocks } from './html';
import type { ParseJob, ParseReply } from './isolatedParse';

async function parse(zip: Uint8Array): Promise<ParseReply> {
  try {
    return { ok: true, blocks: htmlToBlocks(await docxToHtml(zip)) };
  } catch (error) {
    if (error instanceof PalabreError) return { ok: false, code: error.code, detail: error.localizedDetail };
    // A stack overflow or anything else mammoth or happy-dom throws: the file, not the app, is at fault.
    return { ok: false, code: 'docx_unreadable', detail: { fr: 'contenu Word illisible', en: 'unreadable Word content' } };
  }
}

// One document at a time: the host sends the next job only when this one has answered.
const port = parentPort;
port?.on('message', (job: ParseJob) => {
  void parse(job.zip).then((reply) => port.postMessage({ id: job.id, reply }));
});
