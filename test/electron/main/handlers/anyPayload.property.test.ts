/**
 * Whatever the renderer sends, on every channel of the contract: a validation error or a result,
 * never an exception out of the dispatcher, and a refused payload leaves the database as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../electron/main/handlers';
import { CHANNEL_NAMES } from '../../../../shared/contract/channelNames';
import { dumpDatabase } from '../../cli/cliProcess';
import { openTempStore, type TempStore } from '../../../helpers/tempDb';

describe('arbitrary payloads on every IPC channel', { timeout: 60_000 }, () => {
  let store: TempStore;
  beforeAll(async () => {
    store = await openTempStore();
    const meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
    await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  });
  afterAll(() => store.cleanup());

  it.each([...CHANNEL_NAMES])('%s answers every arbitrary JSON value with a result or a refusal', async (channel) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (payload) => {
        const before = dumpDatabase(store.path);
        const result = await store.dispatch(channel as never, payload as never);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) {
          expect(result.error.message.fr.length).toBeGreaterThan(0);
          expect(result.error.message.en.length).toBeGreaterThan(0);
          expect(dumpDatabase(store.path)).toBe(before);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 15 },
    );
  });
});
