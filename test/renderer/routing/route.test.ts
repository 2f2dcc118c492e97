/** The review screens' hash routes (issue 4) read back to where they were written, and nothing else matches them. */
import { describe, expect, it } from 'vitest';
import { hrefFor, parseHash, type Route } from '../../../renderer/src/routing/route';

const MEETING = '0b7c6a34-1d2e-4f5a-9b8c-7d6e5f4a3b2c';
const AMENDMENT = 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b';

describe('review routes', () => {
  const routes: Route[] = [
    { name: 'milestones', meetingId: MEETING },
    { name: 'amendments', meetingId: MEETING },
    { name: 'amendment', meetingId: MEETING, amendmentId: AMENDMENT },
    { name: 'audit', meetingId: MEETING },
  ];

  it.each(routes)('writes and reads back $name', (route) => {
    expect(parseHash(hrefFor(route))).toEqual(route);
  });

  it('keeps the existing routes as they were', () => {
    expect(parseHash(`#/meeting/${MEETING}`)).toEqual({ name: 'meeting', meetingId: MEETING });
    expect(parseHash(`#/meeting/${MEETING}/trash`)).toEqual({ name: 'trash', meetingId: MEETING });
  });

  it('refuses a malformed id or an unknown screen', () => {
    expect(parseHash(`#/meeting/${MEETING}/amendment/not-an-id`)).toEqual({ name: 'notFound' });
    expect(parseHash(`#/meeting/${MEETING}/milestone`)).toEqual({ name: 'notFound' });
    expect(parseHash(`#/meeting/${MEETING}/audit/extra`)).toEqual({ name: 'notFound' });
  });
});
