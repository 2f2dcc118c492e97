import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, createDispatcher } from '../../../../electron/main/handlers';
import { CHANNEL_NAMES } from '../../../../shared/contract/channelNames';
import type { ErrorValue } from '../../../../shared/errors';
import { errorOf, openTempStore, rowCounts, type TempStore } from '../../../helpers/tempDb';

let store: TempStore;
beforeEach(async () => {
  store = await openTempStore();
});
afterEach(() => store.cleanup());

const ID = '0b9f4f0e-6a55-4c34-9d3b-7f1b7f6f1a01';

function expectBilingual(error: ErrorValue): void {
  expect(error.message.fr.length).toBeGreaterThan(0);
  expect(error.message.en.length).toBeGreaterThan(0);
  expect(error.message.fr).not.toBe(error.message.en);
}

describe('the dispatcher, given what a broken or hostile caller sends', () => {
  it('answers an unknown channel with an error value', async () => {
    for (const channel of ['meeting:drop', 'MEETING:LIST', '', 'toString', '__proto__', 'constructor', 42, null, undefined, {}, ['meeting:list'], Symbol('x'), Object.create(null)]) {
      const error = errorOf(await store.dispatch(channel, {}));
      expect(error.code).toBe('unknown_channel');
      expectBilingual(error);
    }
    expect(errorOf(await store.dispatch('meeting:drop', {})).message).toEqual({
      fr: 'Opération inconnue\u00A0: meeting:drop',
      en: 'Unknown operation: meeting:drop',
    });
  });

  it.each(CHANNEL_NAMES)('answers %s with an error value for payloads of the wrong type', async (channel) => {
    for (const payload of ['texte', 42, true, [], [{}], 10n, () => 1]) {
      const result = await store.dispatch(channel, payload);
      expect(result.ok, String(payload)).toBe(false);
      expectBilingual(errorOf(result));
    }
  });

  it('names the faulty field, in both languages', async () => {
    const error = errorOf(await store.dispatch('meeting:create', { title: 42 }));
    expect(error.code).toBe('invalid_input');
    expect(error.message.en).toMatch(/^Invalid input: title: /);
    expect(error.message.fr).toMatch(/^Données invalides\u00A0: title: /);
    const ids = errorOf(await store.dispatch('committee:reorder', { meetingId: ID, committeeIds: 'all' }));
    expect(ids.message.en).toContain('committeeIds');
  });

  it('refuses unknown keys, including __proto__, and pollutes nothing', async () => {
    const before = rowCounts(store.db);
    const extra = errorOf(await store.dispatch('meeting:create', { title: 'Réunion', isAdmin: true }));
    expect(extra.code).toBe('invalid_input');
    expect(extra.message.en).toContain('isAdmin');
    const hostile = JSON.parse('{"title":"Réunion","__proto__":{"polluted":true}}') as unknown;
    expect(errorOf(await store.dispatch('meeting:create', hostile)).code).toBe('invalid_input');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('refuses ids that are not ids, and too long texts', async () => {
    for (const [channel, payload] of [
      ['meeting:get', { meetingId: "' OR 1=1 --" }],
      ['recommendation:get', { recommendationId: ID.toUpperCase().replace('0', 'Z') }],
      ['meeting:create', { title: 'x'.repeat(301) }],
      ['search:query', { meetingId: ID, query: 'x'.repeat(10_000) }],
    ] as const) {
      expect(errorOf(await store.dispatch(channel, payload)).code).toBe('invalid_input');
    }
  });

  it('treats a missing payload as an empty one', async () => {
    expect(await store.dispatch('meeting:list', undefined)).toEqual({ ok: true, value: [] });
    expect(await store.dispatch('meeting:list', null)).toEqual({ ok: true, value: [] });
    expect(errorOf(await store.dispatch('meeting:create', undefined)).code).toBe('invalid_input');
  });

  it('answers a payload that throws when read with an error value', async () => {
    const trap = {
      get title(): string {
        throw new Error('trap');
      },
    };
    const before = rowCounts(store.db);
    expectBilingual(errorOf(await store.dispatch('meeting:create', trap)));
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('turns an unexpected failure into an internal error value and logs it', async () => {
    const logged: unknown[] = [];
    const dispatch = createDispatcher(store.ctx, (error) => logged.push(error));
    store.db.close();
    const error = errorOf(await dispatch('meeting:list', {}));
    expect(error.code).toBe('internal');
    expect(error.message.fr).toMatch(/^Une erreur interne est survenue\u202F; vos données n’ont pas été modifiées/);
    expect(logged).toHaveLength(1);
  });

  it('makes `call` throw a ReportedError carrying the error value', async () => {
    await expect(call(store.dispatch, 'meeting:get', { meetingId: ID })).rejects.toMatchObject({
      name: 'ReportedError',
      value: { code: 'not_found' },
    });
  });
});
