import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { blockText, documentToPlainText, textBlocks } from '../../../../shared/document/lexicalJson';
import { paragraphKindOf } from '../../../../shared/document/paragraphKind';
import type { VersionInfo } from '../../../../shared/domain/types';
import { openDatabase } from '../../../../electron/main/db/open';
import { createContext, type ServiceContext } from '../../../../electron/main/services/context';
import { seedDemoMeeting } from '../../../../electron/main/services/demo';
import { createMeeting, getMeeting, listMeetings } from '../../../../electron/main/services/meetings';
import { addParticipant } from '../../../../electron/main/services/participants';
import { currentParticipant, setCurrentParticipant } from '../../../../electron/main/services/profile';
import { getRecommendation, listVersions } from '../../../../electron/main/services/recommendations';
import { listAmendments, reviewAmendment } from '../../../../electron/main/services/amendments';
import { listComments } from '../../../../electron/main/services/comments';
import { compareMilestones, listMilestones } from '../../../../electron/main/services/milestones';
import { storedBodyJson } from '../../../helpers/storedBodies';

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

  it('gathers three delegations and a secretariat, with every role of a meeting, and an introduction', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const meeting = getMeeting(ctx, meetingId);
    expect(meeting).toMatchObject({ venue: expect.stringContaining('Bamako'), organisation: 'Confédération des États du Sahel', typography: 'fr' });
    expect(meeting.committees).toHaveLength(3);
    expect(meeting.participants.length).toBeGreaterThanOrEqual(12);
    expect(meeting.delegations.map((d) => d.name)).toEqual(['Burkina Faso', 'Mali', 'Niger', 'Secrétariat général de la Confédération']);
    expect(new Set(meeting.participants.map((p) => p.role))).toEqual(new Set(['expert', 'rapporteur', 'secretariat', 'chair']));
    expect(documentToPlainText(meeting.intro!)).toMatch(/^Du 17 au 19 novembre 2025, Bamako a accueilli/);
    // The withdrawn recommendation has no number; the others read 1, 2, 3… without a gap.
    const numbered = meeting.recommendations.filter((r) => r.status !== 'withdrawn');
    expect(numbered.map((r) => r.number)).toEqual(numbered.map((_, i) => String(i + 1)));
    expect(meeting.recommendations.filter((r) => r.status === 'withdrawn').map((r) => r.number)).toEqual(['']);
  });

  it('fills every field of a structured recommendation, with varied statuses and priorities', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const meeting = getMeeting(ctx, meetingId);
    for (const rec of meeting.recommendations) {
      expect(rec.addressees.length, rec.title).toBeGreaterThanOrEqual(1);
      expect(rec.leadActors.length, rec.title).toBeGreaterThanOrEqual(1);
      expect(rec.horizon, rec.title).not.toBe('');
      expect(rec.priority, rec.title).not.toBeNull();
      expect(rec.authorName, rec.title).not.toBeNull();
    }
    expect(meeting.statusCounts).toEqual({ draft: 3, under_review: 4, agreed: 3, adopted: 1, withdrawn: 1, merged_into: 0 });
    expect(new Set(meeting.recommendations.map((r) => r.priority))).toEqual(new Set(['high', 'medium', 'low']));
    expect(meeting.recommendations.some((r) => r.deadline !== null)).toBe(true);
    // French typography reached the fields too.
    expect(meeting.recommendations.flatMap((r) => r.addressees)).toContain('Conférence des Chefs d’État et de Gouvernement');
  });

  it('marks the « Considérant… » paragraphs preambular and the others operative', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    for (const summary of getMeeting(ctx, meetingId).recommendations) {
      const blocks = getRecommendation(ctx, summary.id).body.root.children;
      const kinds = blocks.map(paragraphKindOf);
      // The preamble comes first, then the operative part; both are there.
      expect(kinds[0], summary.title).toBe('preambular');
      expect(kinds.at(-1), summary.title).toBe('operative');
      expect(kinds.indexOf('operative'), summary.title).toBe(kinds.lastIndexOf('preambular') + 1);
      expect(blockText(blocks[kinds.indexOf('operative')]!)).toMatch(/^Les experts recommandent/);
    }
  });

  it('gives recommendations a history of amendments by different participants, then status decisions', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const histories = getMeeting(ctx, meetingId).recommendations.map((r) => listVersions(ctx, r.id));
    const textVersions = (versions: VersionInfo[]) => versions.filter((v, i) => i === versions.length - 1 || v.fields.status === versions[i + 1]!.fields.status);
    const amended = histories.filter((versions) => textVersions(versions).length >= 2);
    expect(amended.length).toBeGreaterThanOrEqual(5);
    expect(Math.max(...histories.map((v) => textVersions(v).length))).toBeLessThanOrEqual(4);
    for (const versions of histories) {
      // Newest first: each version descends from the next one, and was saved later.
      versions.slice(0, -1).forEach((version, i) => {
        const parent = versions[i + 1]!;
        expect(version.parentIds).toEqual([parent.id]);
        expect(version.createdAt > parent.createdAt).toBe(true);
        // An amendment is someone else's; a status decision is the rapporteur's, the chair's or the author's.
        if (version.fields.status === parent.fields.status) expect(version.authorName).not.toBe(parent.authorName);
      });
      expect(versions.at(-1)!.parentIds).toEqual([]);
    }
    const adopted = histories.find((versions) => versions[0]!.fields.status === 'adopted')!;
    expect(adopted.slice(0, 3).map((v) => [v.fields.status, v.authorName])).toEqual([
      ['adopted', 'Boubacar Diarra'],
      ['agreed', 'Kadiatou Touré'],
      ['under_review', 'Kadiatou Touré'],
    ]);
  });

  it('keeps the ids of the paragraphs an amendment did not touch, as the editor does', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const first = getMeeting(ctx, meetingId).recommendations[0]!;
    const versions = listVersions(ctx, first.id);
    // Four drafts of the text, then three status decisions (under review, agreed, adopted).
    expect(versions.length).toBe(7);
    const oldest = storedBodyJson(db, versions.at(-1)!.id);
    const oldIds = textBlocks(JSON.parse(oldest)).map((b) => b.uid);
    const newIds = textBlocks(getRecommendation(ctx, first.id).body).map((b) => b.uid);
    expect(newIds.length).toBe(oldIds.length + 1);
    expect(newIds.filter((id) => oldIds.includes(id))).toEqual(oldIds);
  });

  it('has a milestone to compare with, comment threads and an amendment awaiting its review', () => {
    const { meetingId } = seedDemoMeeting(ctx);
    const meeting = getMeeting(ctx, meetingId);
    expect(meeting.pendingAmendmentCount).toBe(1);
    const [milestone] = listMilestones(ctx, meetingId);
    expect(milestone).toMatchObject({ name: 'Premier projet consolidé', createdByName: 'Mariam Dembélé', recommendationCount: 12 });
    const comparison = compareMilestones(ctx, meetingId, milestone!.id, null);
    expect(comparison.changed.length).toBeGreaterThan(3);
    expect(comparison.removed.map((r) => r.reason)).toEqual(['withdrawn']);

    const indicators = meeting.recommendations.find((r) => r.title.startsWith('Indicateurs communs'))!;
    expect(indicators).toMatchObject({ pendingAmendmentCount: 1, openCommentCount: 1 });
    const threads = listComments(ctx, indicators.id);
    expect(threads.map((t) => [t.authorName, t.anchor?.state ?? null, t.resolved, t.replies.length])).toEqual([
      ['Salimata Zongo', 'exact', true, 1],
      ['Ibrahim Abdou', null, false, 0],
    ]);
    const [amendment] = listAmendments(ctx, { recommendationId: indicators.id });
    expect(amendment).toMatchObject({ authorName: 'Souleymane Garba', status: 'pending', headMoved: false });
    expect(reviewAmendment(ctx, amendment!.id).hunks.map((h) => [h.kind, h.inserted])).toEqual([
      ['replace', 'de deux experts'],
      ['replace', 'mois de mars'],
      ['replace', 'tous les six mois'],
    ]);
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
