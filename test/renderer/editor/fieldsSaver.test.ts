/**
 * Saving a recommendation's fields (addressees, horizon, priority…) as the details panel drives it.
 * What a user would notice: only what changed is sent, after a pause (or at once for a choice); a
 * failed save loses nothing (kept, journaled, retried with growing delays, merged under newer
 * changes); a change only an edit can fix is not retried. Time is fake.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FieldsSaver, readFieldsJournal, type FieldChanges } from '../../../renderer/src/screens/recommendation/fieldsSaver';
import type { Recommendation } from '../../../shared/domain/types';
import { errorValue, type ErrorCode, type Result } from '../../../shared/errors';

const REC_ID = '7c9e6679-7425-40de-944b-e07fc1f90ae7';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

let storage: MemoryStorage;
let calls: FieldChanges[];
let failWith: ErrorCode | null;

function saver(): FieldsSaver {
  return new FieldsSaver({
    recommendationId: REC_ID,
    delayMs: 700,
    save: (changes) => {
      calls.push(changes);
      const result: Result<Recommendation> = failWith ? { ok: false, error: errorValue(failWith) } : { ok: true, value: { id: REC_ID } as Recommendation };
      return Promise.resolve(result);
    },
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  storage = new MemoryStorage();
  vi.stubGlobal('localStorage', storage);
  calls = [];
  failWith = null;
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the fields saver', () => {
  it('sends the changes once after a pause, merged, and forgets its journal once they are stored', async () => {
    const s = saver();
    s.set({ horizon: 'fin 2027' });
    s.set({ addressees: ['Ministère de l’Économie', 'Union africaine'] });
    expect(readFieldsJournal(REC_ID)).toEqual({ horizon: 'fin 2027', addressees: ['Ministère de l’Économie', 'Union africaine'] });
    expect(s.getStatus().kind).toBe('dirty');
    await vi.advanceTimersByTimeAsync(699);
    expect(calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ horizon: 'fin 2027', addressees: ['Ministère de l’Économie', 'Union africaine'] }]);
    expect(s.getStatus().kind).toBe('saved');
    expect(readFieldsJournal(REC_ID)).toBeNull();
  });

  it('keeps a failed change, merged under a newer one, and retries it after 2 s, then 4 s', async () => {
    const s = saver();
    failWith = 'internal';
    s.set({ priority: 'high' }, true);
    await vi.advanceTimersByTimeAsync(0);
    expect(s.getStatus()).toMatchObject({ kind: 'error', retrying: true });
    s.set({ horizon: '2028' }, false);
    expect(readFieldsJournal(REC_ID)).toEqual({ priority: 'high', horizon: '2028' });
    await vi.advanceTimersByTimeAsync(700); // the pause of the new change: one more attempt, failing
    expect(calls).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(3999);
    expect(calls).toHaveLength(2);
    failWith = null;
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toEqual([{ priority: 'high' }, { priority: 'high', horizon: '2028' }, { priority: 'high', horizon: '2028' }]);
    expect(s.getStatus().kind).toBe('saved');
    expect(readFieldsJournal(REC_ID)).toBeNull();
  });

  it('does not retry what only an edit can fix, and keeps it until then', async () => {
    const s = saver();
    failWith = 'invalid_input';
    s.set({ deadline: '2027-06-30' }, true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(s.getStatus()).toMatchObject({ kind: 'error', retrying: false });
    expect(readFieldsJournal(REC_ID)).toEqual({ deadline: '2027-06-30' });
    s.dispose();
  });
});
