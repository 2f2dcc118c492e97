/** The conflict and near-duplicate screens' hash routes (issue 5) read back to where they were written. */
import { expect, it } from 'vitest';
import { hrefFor, parseHash } from '../../../renderer/src/routing/route';

const MEETING = '0b7c6a34-1d2e-4f5a-9b8c-7d6e5f4a3b2c';

it('writes and reads back the conflicts and duplicates screens', () => {
  expect(hrefFor({ name: 'conflicts', meetingId: MEETING })).toBe(`#/meeting/${MEETING}/conflicts`);
  expect(parseHash(`#/meeting/${MEETING}/conflicts`)).toEqual({ name: 'conflicts', meetingId: MEETING });
  expect(parseHash(hrefFor({ name: 'duplicates', meetingId: MEETING }))).toEqual({ name: 'duplicates', meetingId: MEETING });
});

it('refuses a malformed id or an unknown screen', () => {
  expect(parseHash('#/meeting/not-an-id/conflicts')).toEqual({ name: 'notFound' });
  expect(parseHash(`#/meeting/${MEETING}/conflict`)).toEqual({ name: 'notFound' });
  expect(parseHash(`#/meeting/${MEETING}/duplicates/extra`)).toEqual({ name: 'notFound' });
});
