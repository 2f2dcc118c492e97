/**
 * The review copy credits each change to the expert who made it, even when several experts edited
 * one recommendation after the milestone, and shows a recommendation removed since then as a
 * deletion instead of leaving it out; the compilation table shows it as removed. LibreOffice reads
 * the Word files back.
 *
 * History: Awa drafts three recommendations; milestone; Issouf adds a word to the first paragraph,
 * Awa then replaces another word of the same paragraph, Issouf extends the second paragraph and puts
 * the second recommendation in the trash and withdraws the fourth.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { renderReport } from '../../../../../electron/main/services/report/export';
import type { ReportRequest } from '../../../../../electron/main/services/report/gather';
import { acceptedText, convert, firstMissingInOrder, squash, trackedChanges, xmlText } from '../../../../helpers/libreoffice';
import { reviewFixture, type ReviewFixture } from '../reviewFixture';

describe('who made each change, and what was removed, in the review copy and the table', { timeout: 120_000 }, () => {
  let f: ReviewFixture;
  let request: ReportRequest;
  beforeAll(async () => {
    f = await reviewFixture();
    const network = await f.create('Créer un réseau d’alerte', ['Les experts recommandent de créer un réseau national d’alerte.', 'Ce réseau réunira les services météorologiques.']);
    const visas = await f.create('Lever les visas', ['Les États lèvent les visas de courte durée.']);
    await f.create('Former les diplomates', ['Les experts recommandent un programme commun de formation.'], f.diplomates);
    const academy = await f.create('Ouvrir une académie', ['Une académie diplomatique commune sera ouverte.'], f.diplomates);
    const milestone = await call(f.store.dispatch, 'milestone:create', { meetingId: f.meeting.id, name: 'Projet du rapporteur' });
    await f.actAs(f.issouf);
    let rec = await f.save(network, ['Les experts recommandent vivement de créer un réseau national d’alerte.', 'Ce réseau réunira les services météorologiques.']);
    await f.actAs(f.awa);
    rec = await f.save(rec, ['Les experts recommandent vivement de créer un réseau régional d’alerte.', 'Ce réseau réunira les services météorologiques.']);
    await f.actAs(f.issouf);
    await f.save(rec, ['Les experts recommandent vivement de créer un réseau régional d’alerte.', 'Ce réseau réunira les services météorologiques et sanitaires.']);
    await call(f.store.dispatch, 'recommendation:delete', { recommendationId: visas.id });
    await call(f.store.dispatch, 'recommendation:setStatus', { recommendationId: academy.id, status: 'withdrawn' });
    request = { meetingId: f.meeting.id, kind: 'review', locale: 'fr', milestoneId: null, sinceMilestoneId: milestone.id, statuses: null, logo: null };
  });
  afterAll(() => f.store.cleanup());

  it('credits each insertion and deletion to its own author, within one paragraph and across paragraphs', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const changes = trackedChanges(await convert(bytes, 'fodt')).map((c) => ({ kind: c.kind, author: c.author, text: squash(c.text) }));
    expect(changes).toEqual(
      expect.arrayContaining([
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'vivement' },
        { kind: 'insertion', author: 'Awa Sow', text: 'régional' },
        { kind: 'deletion', author: 'Awa Sow', text: 'national' },
        { kind: 'insertion', author: 'Issouf Ouédraogo', text: 'et sanitaires' },
      ]),
    );
    // Nobody is credited with a word someone else wrote.
    expect(changes.filter((c) => c.author === 'Awa Sow').map((c) => c.text).sort()).toEqual(['national', 'régional']);
  });

  it('shows the recommendation put in the trash as a deletion of its whole text, under its earlier number', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const fodt = await convert(bytes, 'fodt');
    const deletions = trackedChanges(fodt).filter((c) => c.kind === 'deletion').map((c) => ({ author: c.author, text: squash(c.text) }));
    expect(deletions).toEqual(
      expect.arrayContaining([
        { author: 'Issouf Ouédraogo', text: 'Recommandation 2 — Lever les visas' },
        { author: 'Issouf Ouédraogo', text: 'Les États lèvent les visas de courte durée.' },
      ]),
    );
    // Where it stood: after the first recommendation, before the committee that followed.
    const all = squash(xmlText(fodt.replace(/<text:tracked-changes[\s\S]*?<\/text:tracked-changes>/g, '')));
    expect(firstMissingInOrder(all, ['Recommandation 1 — Créer un réseau d’alerte', 'régional d’alerte', 'Lever les visas', 'Les États lèvent les visas de courte durée.', 'Formation des diplomates'])).toBeNull();
    // Accepting every change leaves nothing of it, and the others in their order with their numbers.
    const accepted = squash(acceptedText(fodt));
    expect(accepted).not.toContain('visas');
    expect(firstMissingInOrder(accepted, ['Recommandation 1 — Créer un réseau d’alerte', 'Recommandation 2 — Former les diplomates'])).toBeNull();
  });

  it('shows a recommendation withdrawn since the milestone as removed too, credited to whoever withdrew it', async () => {
    const { bytes } = await renderReport(f.store.ctx, request);
    const fodt = await convert(bytes, 'fodt');
    const deletions = trackedChanges(fodt).filter((c) => c.kind === 'deletion').map((c) => ({ author: c.author, text: squash(c.text) }));
    expect(deletions).toEqual(
      expect.arrayContaining([
        { author: 'Issouf Ouédraogo', text: 'Recommandation 4 — Ouvrir une académie' },
        { author: 'Issouf Ouédraogo', text: 'Une académie diplomatique commune sera ouverte.' },
      ]),
    );
    expect(squash(acceptedText(fodt))).not.toContain('académie');
  });

  it('lists the removed recommendation in the table with its earlier text, as removed, and who removed it', async () => {
    const { bytes, recommendationCount } = await renderReport(f.store.ctx, { ...request, kind: 'table' });
    expect(recommendationCount).toBe(2);
    const fodt = await convert(bytes, 'fodt');
    const rows = [...fodt.matchAll(/<table:table-row[^>]*>([\s\S]*?)<\/table:table-row>/g)].map((row) =>
      [...row[1]!.matchAll(/<table:table-cell[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map((cell) => squash(xmlText(cell[1]!))),
    );
    const removed = rows.find((r) => r[1]?.includes('Lever les visas'))!;
    expect(removed).toEqual(['(ancien n° 2)', 'Lever les visas Les États lèvent les visas de courte durée.', '(recommandation supprimée)', 'Issouf Ouédraogo']);
    // The removed one keeps only its former number; the one that followed took it, and says which it had.
    expect(rows.map((r) => r[0])).toEqual(['N°', 'Alerte précoce', '1', '(ancien n° 2)', 'Formation des diplomates', '2 (ancien n° 3)', '(ancien n° 4)']);
    const first = rows.find((r) => r[0] === '1')!;
    expect(first[3]).toBe('Issouf Ouédraogo Awa Sow');
  });

  it('previews the removed recommendations in the export dialog’s outline where the file shows them, not counted as exported', async () => {
    const outline = await call(f.store.dispatch, 'report:outline', { meetingId: f.meeting.id, kind: 'review', sinceMilestoneId: request.sinceMilestoneId });
    expect(outline.committees.map((c) => [c.name, c.recommendations.map((r) => `${r.number} ${r.title}${r.removed ? ' (supprimée)' : ''}`)])).toEqual([
      ['Alerte précoce', ['1 Créer un réseau d’alerte', '2 Lever les visas (supprimée)']],
      ['Formation des diplomates', ['2 Former les diplomates', '4 Ouvrir une académie (supprimée)']],
    ]);
    expect(outline.recommendationCount).toBe(2);
    // The final report removes nothing: it shows the meeting as it is.
    const final = await call(f.store.dispatch, 'report:outline', { meetingId: f.meeting.id, sinceMilestoneId: request.sinceMilestoneId });
    expect(final.committees.flatMap((c) => c.recommendations.map((r) => r.title))).toEqual(['Créer un réseau d’alerte', 'Former les diplomates']);
  });
});
