/**
 * The Word parse runs in a worker thread with hard limits: a document that overruns the deadline or
 * the memory cap is refused with a clear message in both languages, the worker is ended, and the
 * next document is read by a fresh one (the process goes on).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { PalabreError } from '../../../../../shared/errors';
import { PARSE_LIMITS, parseDocxIsolated, stopParseWorker } from '../../../../../electron/main/services/docxImport/isolatedParse';
import { handmadeDocx, paragraph } from './handmade';

const SMALL = handmadeDocx(paragraph('Les États membres créent un réseau d’alerte précoce\u00A0!'));
/** Half a megabyte of text in 8,000 paragraphs: seconds of work for mammoth, tens of megabytes of heap. */
const LONG = handmadeDocx(Array.from({ length: 8000 }, (_, i) => paragraph(`Les États membres renforcent la coopération régionale, point ${i}.`)).join(''));

async function refusal(promise: Promise<unknown>): Promise<{ code: string; fr: string; en: string }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PalabreError);
  const value = (error as PalabreError).toValue();
  return { code: value.code, fr: value.message.fr, en: value.message.en };
}

describe('reading a Word document in a bounded worker', { timeout: 60_000 }, () => {
  afterAll(() => stopParseWorker());

  it('reads a document’s blocks, typography intact', async () => {
    expect(await parseDocxIsolated(SMALL)).toEqual([{ kind: 'paragraph', runs: [{ text: 'Les États membres créent un réseau d’alerte précoce\u00A0!', format: 0 }] }]);
  });

  it('stops a reading that overruns its deadline, says so, and reads the next document', async () => {
    // A deadline far below what 8,000 paragraphs take, so the overrun is certain on any machine.
    const refused = await refusal(parseDocxIsolated(LONG, { ...PARSE_LIMITS, timeoutMs: 20 }));
    expect(refused).toEqual({
      code: 'docx_too_large',
      fr: 'Ce document Word est trop volumineux (lecture interrompue après 20\u00A0ms)\u202F; rien n’a été importé.',
      en: 'This Word document is too large (reading stopped after 20 ms); nothing was imported.',
    });
    expect(await parseDocxIsolated(SMALL)).toHaveLength(1);
  });

  it('stops a reading that needs more memory than its cap, says so, and reads the next document', async () => {
    const refused = await refusal(parseDocxIsolated(LONG, { ...PARSE_LIMITS, maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 }));
    expect(refused.code).toBe('docx_too_large');
    expect(refused.fr).toContain('sa lecture demande plus de 16\u00A0Mo de mémoire');
    expect(refused.en).toContain('reading it needs more than 16 MB of memory');
    expect(await parseDocxIsolated(SMALL)).toHaveLength(1);
  });

  it('the long document itself is readable within the real limits (the refusals above are about the limits)', async () => {
    expect(await parseDocxIsolated(LONG)).toHaveLength(8000);
  });
});
