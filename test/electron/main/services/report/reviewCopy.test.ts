/**
 * The review copy and the compilation table of a small meeting whose history is known word for
 * word: Awa drafts, a milestone is set, Issouf amends (insertions and a deletion), Awa comments on a
 * passage and Issouf replies. LibreOffice reads the Word files back: tracked changes with their
 * authors, comments with theirs, the table's columns.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { renderReport } from '../../../../../electron/main/services/report/export';
import type { ReportRequest } from '../../../../../electron/main/services/report/gather';
import { acceptedText, annotations, convert, squash, trackedChanges, xmlText } from '../../../../helpers/libreoffice';
import { reviewFixture, type ReviewFixture } from '../reviewFixture';

describe('the review copy and the compilation table, read back by LibreOffice', { timeout: 120_000 }, () => {
  let f: ReviewFixture;
  let milestoneId: string;
  let request: ReportRequest;
  beforeAll(async () => {
    f = await reviewFixture();
    const rec = await f.create('Créer un réseau d’alerte', ['Considérant les crises récentes dans la région,', 'Les experts recommandent de créer un réseau national d’alerte.']);
    await call(f.store.dispatch, 'recommendation:setFields', { recommendationId: rec.id, horizon: 'fin 2026' });
    await f.create('Former les diplomates', ['Les experts recommandent un programme commun de formation.'], f.diplomates);
    milestoneId = (await call(f.store.dispatch, 'milestone:create', { meetingId: f.meeting.id, name: 'Projet soumis à la plénière' })).id;
    await f.actAs(f.issouf);
    const edited = await f.save(rec, ['Considérant les crises récentes dans la région,', 'Les experts recommandent vivement de créer un réseau régional d’alerte.'], 'Créer un réseau régional d’alerte');
    await call(f.store.dispatch, 'recommendation:setFields', { recommendationId: rec.id, horizon: 'mi-2027', addressees: ['Conseil des Ministres'] });
    await f.actAs(f.awa);
    const thread = await call(f.store.dispatch, 'comment:add', {
      recommendationId: rec.id,
      text: 'Préciser le rôle des États membres.',
      anchor: { blockId: edited.body.root.children[1]!.$!.uid as string, start: 45, end: 69, quote: 'réseau régional d’alerte' },
    });
    await f.actAs(f.issouf);
    await call(f.store.dispatch, 'comment:add', { recommendationId: rec.id, text: 'D’accord, ce sera fait.', parentId: thread.id });
    request = { meetingId: f.meeting.id, kind: 'review', locale: 'fr', milestoneId: null, sinceMilestoneId: milestoneId, statuses: null, logo: null };
  });
  afterAll(() => f.store.cleanup());

  it('shows each insertion and deletion as a Word tracked change, with the author of the version that made it', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const fodt = await convert(bytes, 'fodt');
    const changes = trackedChanges(fodt).map((c) => ({ kind: c.kind, author: c.author, text: c.text.trim() }));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'régional' },
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'vivement' },
        { kind: 'deletion', author: 'Issouf Ouédraogo', text: 'national' },
        // The fields under the title, changed after the milestone.
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'Conseil des Ministres' },
        { kind: 'deletion', author: 'Issouf Ouédraogo', text: 'fin 2026' },
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'mi-2027' },
      ]),
    );
    // Nothing is attributed to Awa: she changed no text after the milestone.
    expect(changes.every((c) => c.author === 'Issouf Ouédraogo')).toBe(true);
    // Every change carries a date (the version's).
    expect(trackedChanges(fodt).every((c) => /^\d{4}-\d{2}-\d{2}T/.test(c.date))).toBe(true);
    // The unchanged recommendation is there without any change.
    expect(squash(xmlText(fodt))).toContain('Les experts recommandent un programme commun de formation.');
  });

  it('carries the comments as Word comments with their authors, anchored on the passage, replies included', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const fodt = await convert(bytes, 'fodt');
    const deleted = trackedChanges(fodt).filter((c) => c.kind === 'deletion').map((c) => c.text);
    // The passage as it reads once the changes are accepted (the deleted word stays in the range, struck through).
    const accepted = (passage: string) => deleted.reduce((text, d) => text.replace(d, ''), passage);
    const notes = annotations(fodt).map((n) => ({ ...n, passage: accepted(n.passage) }));
    // LibreOffice lists comments that start at the same place last first; Word threads the reply under the first.
    const byText = (a: { text: string }, b: { text: string }) => a.text.localeCompare(b.text);
    expect(notes.map((n) => ({ author: n.author, text: n.text, passage: n.passage })).sort(byText)).toEqual(
      [
        { author: 'Awa Sow', text: 'Préciser le rôle des États membres.', passage: 'réseau régional d’alerte' },
        { author: 'Issouf Ouédraogo', text: 'D’accord, ce sera fait.', passage: 'réseau régional d’alerte' },
      ].sort(byText),
    );
  });

  it('reads, once the changes are accepted, as the current text', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const accepted = squash(acceptedText(await convert(bytes, 'fodt')));
    expect(accepted).toContain('Recommandation 1 — Créer un réseau régional d’alerte');
    expect(accepted).toContain('Considérant les crises récentes dans la région, Les experts recommandent vivement de créer un réseau régional d’alerte.');
    expect(accepted).not.toContain('national');
    expect(accepted).toContain('Destinataire : Conseil des Ministres Horizon : mi-2027');
    const txt = squash(await convert(bytes, 'txt'));
    expect(txt).toContain('Copie de révision');
    expect(txt).toContain('Modifications depuis le jalon « Projet soumis à la plénière »');
  });

  it('lays out the compilation table in landscape: number, text at the milestone, current text, contributors', async () => {
    const { bytes } = await renderReport(f.store.ctx, { ...request, kind: 'table' });
    const fodt = await convert(bytes, 'fodt');
    expect(fodt).toMatch(/style:print-orientation="landscape"/);
    const rows = [...fodt.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
      [...row[1]!.matchAll(/<table:table-cell[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map((cell) => squash(xmlText(cell[1]!))),
    );
    expect(rows[0]).toEqual(['N°', 'Texte au jalon « Projet soumis à la plénière »', 'Texte actuel', 'Contributeurs']);
    const first = rows.find((r) => r[0] === '1')!;
    expect(first[1]).toContain('Les experts recommandent de créer un réseau national d’alerte.');
    expect(first[2]).toContain('Les experts recommandent vivement de créer un réseau régional d’alerte.');
    expect(first[3]).toBe('Issouf Ouédraogo');
    const second = rows.find((r) => r[0] === '2')!;
    expect(second[1]).toBe(second[2]);
    expect(second[3]).toBe('');
    // Committees head their rows.
    expect(rows.map((r) => r[0])).toEqual(expect.arrayContaining(['Alerte précoce', 'Formation des diplomates']));
  });

  it('refuses a review copy of a meeting without any milestone, saying what to do', async () => {
    const other = await call(f.store.dispatch, 'meeting:create', { title: 'Sans jalon' });
    await expect(renderReport(f.store.ctx, { ...request, meetingId: other.id, sinceMilestoneId: null })).rejects.toMatchObject({ code: 'report_needs_milestone' });
  });
});
