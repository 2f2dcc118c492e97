import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textBlocks } from '../../../../shared/document/lexicalJson';
import { openDatabase } from '../../../../electron/main/db/open';
import { createContext, type ServiceContext } from '../../../../electron/main/services/context';
import { seedDemoMeeting } from '../../../../electron/main/services/demo';
import { addParticipant, createMeeting, getMeeting, listMeetings } from '../../../../electron/main/services/meetings';
import { currentParticipant, setCurrentParticipant } from '../../../../electron/main/services/profile';
import { getRecommendation, listVersions } from '../../../../electron/main/services/recommendations';

describe('the demo meeting', () => {
  let dir: string;
  let db: Database;
  let ctx: ServiceContext;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'palabre-demo-'));
    db = await openDatabase(join(dir, 'demo.sqlite'));
    ctx = createContext(db);
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gathers three delegations and a secretariat, with every role of a meeting', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const meeting = getMeeting(ctx, meetingId);
    expect(meeting).toMatchObject({ venue: expect.stringContaining('Bamako'), organisation: 'Confédération des États du Sahel' });
    expect(meeting.committees).toHaveLength(3);
    expect(meeting.participants.length).toBeGreaterThanOrEqual(12);
    expect(new Set(meeting.participants.map((p) => p.delegation))).toEqual(
      new Set(['Mali', 'Burkina Faso', 'Niger', 'Secrétariat général de la Confédération']),
    );
    expect(new Set(meeting.participants.map((p) => p.role))).toEqual(new Set(['expert', 'rapporteur', 'secretariat', 'chair']));
    expect(meeting.recommendations.map((r) => r.number)).toEqual(meeting.recommendations.map((_, i) => String(i + 1)));
  });

  it('gives several recommendations a history of 2 to 4 versions by different participants', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const histories = getMeeting(ctx, meetingId).recommendations.map((r) => listVersions(ctx, r.id));
    const amended = histories.filter((versions) => versions.length >= 2);
    expect(amended.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...histories.map((v) => v.length))).toBeLessThanOrEqual(4);
    for (const versions of amended) {
      // Newest first: each version descends from the next one, and was saved by someone else.
      versions.slice(0, -1).forEach((version, i) => {
        const parent = versions[i + 1]!;
        expect(version.parentIds).toEqual([parent.id]);
        expect(version.authorName).not.toBe(parent.authorName);
        expect(version.createdAt > parent.createdAt).toBe(true);
      });
      expect(versions.at(-1)!.parentIds).toEqual([]);
    }
  });

  it('keeps the ids of the paragraphs an amendment did not touch, as the editor does', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const first = getMeeting(ctx, meetingId).recommendations[0]!;
    const versions = listVersions(ctx, first.id);
    expect(versions.length).toBe(4);
    const oldest = db.prepare(`SELECT body_json FROM versions WHERE id = ?`).pluck().get(versions.at(-1)!.id) as string;
    const oldIds = textBlocks(JSON.parse(oldest)).map((b) => b.uid);
    const newIds = textBlocks(getRecommendation(ctx, first.id).body).map((b) => b.uid);
    expect(newIds.length).toBe(oldIds.length + 1);
    expect(newIds.filter((id) => oldIds.includes(id))).toEqual(oldIds);
  });

  it('hands a database without a user to the secretariat, and gives back the user a database had', () => {
    const fresh = seedDemoMeeting(ctx);
    expect(currentParticipant(ctx)).toMatchObject({ meetingId: fresh.meetingId, role: 'secretariat' });

    const mine = createMeeting(ctx, { title: 'Ma réunion', organisation: '', venue: '', startsOn: null, endsOn: null });
    const me = addParticipant(ctx, { meetingId: mine.id, name: 'Awa Sow', delegation: 'Niger', role: 'rapporteur' });
    setCurrentParticipant(ctx, me.id);
    seedDemoMeeting(ctx);
    expect(currentParticipant(ctx)?.id).toBe(me.id);
  });

  it('lands whole or not at all', () => {
    let calls = 0;
    const failing = createContext(db, {
      newId: () => {
        if (++calls > 60) throw new Error('disk full');
        return randomUUID();
      },
    });
    expect(() => seedDemoMeeting(failing)).toThrow('disk full');
    expect(listMeetings(ctx)).toEqual([]);
    expect(currentParticipant(ctx)).toBeUndefined();
  });
});
