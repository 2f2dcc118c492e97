/**
 * The final report of the demo meeting, read back by LibreOffice: the cover, the table of contents,
 * the introduction, every recommendation in order with its number, title, fields and full text, the
 * annex of participants by delegation, the running header and footer, the named styles and the
 * document's language; then the options (as of a milestone, some statuses, English labels).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMeeting } from '../../../../../electron/main/services/meetings';
import { seedDemoMeeting } from '../../../../../electron/main/services/demo';
import { getRecommendation } from '../../../../../electron/main/services/recommendations';
import { renderReport } from '../../../../../electron/main/services/report/export';
import type { ReportRequest } from '../../../../../electron/main/services/report/gather';
import { textBlocks, type SerializedDocument } from '../../../../../shared/document/lexicalJson';
import type { MeetingDetail } from '../../../../../shared/domain/types';
import { convert, firstMissingInOrder, squash, xmlText } from '../../../../helpers/libreoffice';
import { openTempStore, type TempStore } from '../../../../helpers/tempDb';

const paragraphs = (doc: SerializedDocument) =>
  textBlocks(doc)
    .map((b) => squash(b.text))
    .filter(Boolean);

describe('the final report of the demo meeting, read back by LibreOffice', { timeout: 180_000 }, () => {
  let store: TempStore;
  let meeting: MeetingDetail;
  let request: ReportRequest;
  let txt: string;
  let fodt: string;
  beforeAll(async () => {
    store = await openTempStore();
    const { meetingId } = seedDemoMeeting(store.ctx);
    meeting = getMeeting(store.ctx, meetingId);
    request = { meetingId, kind: 'final', locale: 'fr', milestoneId: null, sinceMilestoneId: null, statuses: null, logo: null };
    const { bytes } = await renderReport(store.ctx, request);
    [txt, fodt] = await Promise.all([convert(bytes, 'txt'), convert(bytes, 'fodt')]);
    txt = squash(txt);
  }, 180_000);
  afterAll(() => store.cleanup());

  it('opens on a cover page: organisation, meeting, venue, dates, « Rapport final »', () => {
    expect(firstMissingInOrder(txt, [meeting.organisation, meeting.title, meeting.venue, '17–19 novembre 2025', 'Rapport final', 'Table des matières'])).toBeNull();
  });

  it('lists the committees and every numbered recommendation in the table of contents, with page numbers', () => {
    const toc = txt.slice(txt.indexOf('Table des matières'), txt.indexOf('Si la table est vide'));
    const numbered = meeting.recommendations.filter((r) => r.number);
    const entries = ['Introduction', ...meeting.committees.flatMap((c) => [c.name, ...numbered.filter((r) => r.committeeId === c.id).map((r) => `Recommandation ${r.number} — ${r.title}`)])];
    expect(firstMissingInOrder(toc, entries.map(squash))).toBeNull();
    expect(toc).toMatch(/Recommandation 1 — [^\d]+ \d+ /);
    // The table is a real TOC field over Heading 1 and 2, so Word and LibreOffice can update it.
    expect(fodt).toMatch(/<text:table-of-content [^>]*>[\s\S]*text:outline-level="2"/);
  });

  it('holds the introduction, then every recommendation in order: number, title, fields, preambular then operative text', () => {
    const body = txt.slice(txt.indexOf('Si la table est vide'));
    const expected: string[] = ['Introduction', ...paragraphs(meeting.intro!)];
    const numbered = meeting.recommendations.filter((r) => r.number);
    expect(numbered.length).toBe(11);
    for (const summary of numbered) {
      const rec = getRecommendation(store.ctx, summary.id);
      expected.push(`Recommandation ${rec.number} — ${squash(rec.title)}`);
      if (rec.addressees.length > 0) expected.push(squash(rec.addressees.join(' ; ')));
      if (rec.leadActors.length > 0) expected.push(squash(rec.leadActors.join(' ; ')));
      expected.push(...paragraphs(rec.body));
    }
    expect(firstMissingInOrder(body, expected)).toBeNull();
    // Withdrawn recommendations have no number and no place in the report.
    for (const rec of meeting.recommendations.filter((r) => !r.number)) expect(txt).not.toContain(squash(rec.title));
  });

  it('sets preambular paragraphs in the italic Préambule style and operative ones in the Recommandation style', () => {
    const styleOf = (name: string) => new RegExp(`<style:style style:name="${name}" style:family="paragraph"[^>]*>[\\s\\S]*?</style:style>`).exec(fodt)?.[0] ?? '';
    expect(styleOf('Préambule')).toMatch(/fo:font-style="italic"/);
    expect(styleOf('Recommandation')).not.toBe('');
    // Used by the text itself (directly or through an automatic style based on it).
    const automatic = [...fodt.matchAll(/<style:style style:name="(P\d+)" style:family="paragraph" style:parent-style-name="Préambule"/g)].map((m) => m[1]);
    const preambularParagraphs = [...fodt.matchAll(/<text:p text:style-name="([^"]+)">([\s\S]*?)<\/text:p>/g)].filter((m) => m[1] === 'Préambule' || automatic.includes(m[1]));
    expect(preambularParagraphs.map((m) => squash(xmlText(m[2]!)))).toContain(squash(paragraphs(getRecommendation(store.ctx, meeting.recommendations[0]!.id).body)[0]!));
    expect(fodt).toMatch(/<text:h text:style-name="[^"]*" text:outline-level="2">(?:<text:bookmark-start [^>]*\/>)?Recommandation 1 — /);
    expect(fodt).toMatch(/<text:h text:style-name="[^"]*" text:outline-level="1">(?:<text:bookmark-start [^>]*\/>)?Introduction/);
  });

  it('ends with the annex of participants by delegation', () => {
    const annex = txt.slice(txt.lastIndexOf('Annexe — Liste des participants'));
    const expected = meeting.delegations.flatMap((d) => [d.name, ...meeting.participants.filter((p) => p.delegation === d.name).map((p) => p.name)]);
    expect(firstMissingInOrder(annex, expected.map(squash))).toBeNull();
  });

  it('runs the meeting name in the header and « Page X sur Y » in the footer, and is tagged French (France)', () => {
    const header = /<style:header>([\s\S]*?)<\/style:header>/.exec(fodt)?.[1] ?? '';
    expect(squash(xmlText(header))).toContain(squash(meeting.title));
    const footer = /<style:footer>([\s\S]*?)<\/style:footer>/.exec(fodt)?.[1] ?? '';
    expect(footer).toMatch(/<text:page-number[^>]*>\d+<\/text:page-number>/);
    expect(footer).toMatch(/<text:page-count>\d+<\/text:page-count>/);
    expect(squash(xmlText(footer))).toMatch(/^Page \d+ sur \d+$/);
    expect(fodt).toMatch(/fo:language="fr" fo:country="FR"/);
    expect(fodt).not.toMatch(/fo:language="en"/);
  });

  it('exports only the statuses asked for, keeping the numbers of the app', async () => {
    const { bytes, recommendationCount } = await renderReport(store.ctx, { ...request, statuses: ['adopted'] });
    const text = squash(await convert(bytes, 'txt'));
    const adopted = meeting.recommendations.filter((r) => r.status === 'adopted');
    expect(recommendationCount).toBe(adopted.length);
    for (const rec of meeting.recommendations.filter((r) => r.number)) {
      const heading = `Recommandation ${rec.number} — ${squash(rec.title)}`;
      if (rec.status === 'adopted') expect(text).toContain(heading);
      else expect(text).not.toContain(heading);
    }
  });

  it('exports the texts as they were at a milestone', async () => {
    const milestone = store.ctx.milestones.list(meeting.id)[0]!;
    const { bytes } = await renderReport(store.ctx, { ...request, milestoneId: milestone.id });
    const text = squash(await convert(bytes, 'txt'));
    expect(text).toContain(`Texte arrêté au jalon « ${squash(milestone.name)} »`);
    let differing = 0;
    for (const head of store.ctx.milestones.heads(milestone.id)) {
      const then = store.ctx.recommendations.version(head.versionId)!;
      const record = store.ctx.recommendations.record(head.recommendationId)!;
      if (then.id !== record.headVersionId) differing++;
      if (!head.number) continue;
      expect(firstMissingInOrder(text, [`Recommandation ${head.number} — ${squash(then.title)}`, ...paragraphs(JSON.parse(then.bodyJson) as SerializedDocument)])).toBeNull();
    }
    // The demo amends texts after its milestone: the test compares two different states.
    expect(differing).toBeGreaterThan(0);
  });

  it('writes English labels and tags the document British English when asked', async () => {
    const { bytes } = await renderReport(store.ctx, { ...request, locale: 'en' });
    const [text, flat] = await Promise.all([convert(bytes, 'txt'), convert(bytes, 'fodt')]);
    expect(firstMissingInOrder(squash(text), ['Final report', 'Contents', 'Recommendation 1 — ', 'Addressed to:', 'Annex — List of participants'])).toBeNull();
    expect(flat).toMatch(/fo:language="en" fo:country="GB"/);
    expect(squash(xmlText(/<style:footer>([\s\S]*?)<\/style:footer>/.exec(flat)?.[1] ?? ''))).toMatch(/^Page \d+ of \d+$/);
  });
});
