/**
 * Word contributions made by LibreOffice, previewed and imported through the real channels over a
 * real SQLite file: committees matched or created, recommendations with their exact text,
 * formatting and paragraph kinds, French typography intact, tracked changes reported, Word comments
 * carried with their author.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { TEXT_FORMAT, textBlocks, walkNodes, type SerializedDocument, type SerializedNode } from '../../../../../shared/document/lexicalJson';
import { paragraphKindOf } from '../../../../../shared/document/paragraphKind';
import type { DocxPreview } from '../../../../../shared/docxImport/preview';
import type { Committee, MeetingDetail, Participant, Recommendation } from '../../../../../shared/domain/types';
import { convertToDocx } from '../../../../helpers/libreoffice';
import { errorOf, makeTempDir, openTempStore, removeTempDir, rowCounts, type TempStore } from '../../../../helpers/tempDb';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

const CONTRIBUTION = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Contribution du Mali</title></head><body>
<h1>ALERTE PRECOCE</h1>
<ol>
<li><b>Système d’alerte régional.</b> Le Conseil recommande de créer un réseau «${NBSP}régional${NBSP}» d’<i>alerte</i> précoce.</li>
<li>Les États <u>membres</u> partagent leurs données en temps réel${NNBSP}; ils s’y engagent${NNBSP}! Voir le <a href="https://example.org/alerte">site</a>.</li>
</ol>
<h1>Commission 2${NBSP}: ECHANGE D'INFORMATIONS</h1>
<p>Considérant que l’information circule mal entre les capitales,</p>
<p>Les délégations créent une plateforme commune d’échange${NBSP}:</p>
<ul><li>pour les ministères${NNBSP};</li><li>pour les <b>agences</b>.</li></ul>
<p>Rappelant la déclaration de 2024,</p>
<p>Le secrétariat publie un rapport annuel. Il le transmet aux États.</p>
<h1>Financement</h1>
<p><b>Fonds commun</b></p>
<p>Les États abondent un fonds commun.</p>
<p>Le fonds finance les réseaux nationaux.</p>
<p><b>Audit</b></p>
<p>Un audit annuel est publié.</p>
</body></html>`;

const TRACKED = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>Awa Diallo</meta:initial-creator><dc:creator>Awa Diallo</dc:creator><dc:title>Contribution du Mali</dc:title></office:meta>
<office:body><office:text>
<text:tracked-changes>
<text:changed-region text:id="ct1"><text:insertion><office:change-info><dc:creator>Awa Diallo</dc:creator><dc:date>2026-03-10T10:00:00</dc:date></office:change-info></text:insertion></text:changed-region>
<text:changed-region text:id="ct2"><text:deletion><office:change-info><dc:creator>Awa Diallo</dc:creator><dc:date>2026-03-10T10:00:00</dc:date></office:change-info><text:p>anciennes </text:p></text:deletion></text:changed-region>
</text:tracked-changes>
<text:h text:outline-level="1">Alerte précoce</text:h>
<text:p>Le Conseil crée un réseau <text:change-start text:change-id="ct1"/>régional <text:change-end text:change-id="ct1"/>d’alerte.</text:p>
<text:p>Les États partagent <text:change text:change-id="ct2"/>leurs données<office:annotation><dc:creator>Kofi Mensah</dc:creator><dc:date>2026-03-10T11:00:00</dc:date><text:p>Préciser «${NBSP}lesquelles${NBSP}»${NNBSP}?</text:p></office:annotation> en temps réel.</text:p>
<text:p>Les ministres se réunissent<office:annotation><dc:creator>Awa Diallo</dc:creator><dc:date>2026-03-10T12:00:00</dc:date><text:p>Chaque trimestre.</text:p></office:annotation> souvent.</text:p>
</office:text></office:body></office:document>`;

let dir: string;
let contribution: Uint8Array;
let tracked: Uint8Array;
beforeAll(() => {
  dir = makeTempDir('palabre-docx-lo-');
  contribution = new Uint8Array(readFileSync(convertToDocx(dir, 'contribution.html', CONTRIBUTION)));
  tracked = new Uint8Array(readFileSync(convertToDocx(dir, 'suivi.fodt', TRACKED)));
}, 240_000);
afterAll(() => removeTempDir(dir));

let store: TempStore;
let meeting: MeetingDetail;
let alerte: Committee;
let echange: Committee;
let awa: Participant;
let issouf: Participant;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  alerte = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
  echange = await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Échange d’informations' });
  awa = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Awa Diallo', delegation: 'Mali', role: 'expert' });
  issouf = await call(store.dispatch, 'participant:add', { meetingId: meeting.id, name: 'Issouf Ouédraogo', delegation: 'Burkina Faso', role: 'rapporteur' });
  await call(store.dispatch, 'profile:set', { participantId: issouf.id });
});
afterEach(() => store.cleanup());

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const preview = (bytes: Uint8Array, fileName = 'contribution.docx') =>
  call(store.dispatch, 'docx:preview', { meetingId: meeting.id, fileName, contentBase64: base64(bytes) });
const get = (recommendationId: string) => call(store.dispatch, 'recommendation:get', { recommendationId });

/** Text of each top-level block, with its kind for paragraphs (P: preambular, O: operative) and lists flattened. */
function outline(doc: SerializedDocument): string[] {
  return doc.root.children.map((node) =>
    node.type === 'list' ? `${node.listType as string}: ${textBlocks({ root: { ...doc.root, children: [node] } }).map((b) => b.text).join(' | ')}` : `${paragraphKindOf(node) === 'preambular' ? 'P' : 'O'} ${textBlocks({ root: { ...doc.root, children: [node] } })[0]!.text}`,
  );
}

/** The pieces of text carrying a format bit. */
function marked(doc: SerializedDocument, bit: number): string[] {
  const out: string[] = [];
  walkNodes(doc, (n) => {
    if (n.type === 'text' && typeof n.format === 'number' && (n.format & bit) !== 0) out.push(n.text!);
  });
  return out;
}

function links(doc: SerializedDocument): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  walkNodes(doc, (n: SerializedNode) => {
    if (n.type === 'link') out.push([n.url as string, n.children!.map((c) => c.text).join('')]);
  });
  return out;
}

describe('a Word contribution made by LibreOffice', { timeout: 60_000 }, () => {
  it('is previewed as committees found or new and recommendations, and nothing is written', async () => {
    const before = rowCounts(store.db);
    const p: DocxPreview = await preview(contribution);
    expect(rowCounts(store.db)).toEqual(before);
    expect(p.committees.map((c) => [c.name, c.existingId, c.recommendationCount])).toEqual([
      ['Alerte précoce', alerte.id, 2],
      ['Échange d’informations', echange.id, 2],
      ['Financement', null, 2],
    ]);
    expect(p.recommendations.map((r) => [r.title, p.committees.find((c) => c.key === r.committeeKey)!.name])).toEqual([
      ['Système d’alerte régional', 'Alerte précoce'],
      [`Les États membres partagent leurs données en temps réel${NNBSP}; ils s’y engagent${NNBSP}!`, 'Alerte précoce'],
      ['Les délégations créent une plateforme commune d’échange', 'Échange d’informations'],
      ['Le secrétariat publie un rapport annuel', 'Échange d’informations'],
      ['Fonds commun', 'Financement'],
      ['Audit', 'Financement'],
    ]);
    expect(p.recommendations[0]!.excerpt).toBe(`Le Conseil recommande de créer un réseau «${NBSP}régional${NBSP}» d’alerte précoce.`);
    expect(p.recommendations[0]!.wordCount).toBe(10);
    expect(p.recommendations.map((r) => [r.preambularCount, r.operativeCount])).toEqual([
      [0, 1],
      [0, 1],
      [1, 1],
      [1, 1],
      [0, 2],
      [0, 1],
    ]);
    expect(p.trackedChanges).toEqual({ insertions: 0, deletions: 0, authors: [], amendable: false });
    expect(p.warnings).toEqual([]);
    expect(p.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is imported whole: exact text, bold, italic, underline, lists, links and paragraph kinds', async () => {
    const p = await preview(contribution);
    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, fileName: 'contribution.docx', contentBase64: base64(contribution), digest: p.digest, asParticipantId: awa.id });
    expect(result.created).toHaveLength(6);
    expect(result.committeesCreated.map((c) => c.name)).toEqual(['Financement']);
    const recs: Recommendation[] = await Promise.all(result.created.map((c) => get(c.recommendationId)));

    expect(recs.map((r) => [r.number, r.committeeName, r.authorName])).toEqual([
      ['1', 'Alerte précoce', 'Awa Diallo'],
      ['2', 'Alerte précoce', 'Awa Diallo'],
      ['3', 'Échange d’informations', 'Awa Diallo'],
      ['4', 'Échange d’informations', 'Awa Diallo'],
      ['5', 'Financement', 'Awa Diallo'],
      ['6', 'Financement', 'Awa Diallo'],
    ]);
    expect(outline(recs[0]!.body)).toEqual([`O Le Conseil recommande de créer un réseau «${NBSP}régional${NBSP}» d’alerte précoce.`]);
    expect(marked(recs[0]!.body, TEXT_FORMAT.italic)).toEqual(['alerte']);
    expect(marked(recs[0]!.body, TEXT_FORMAT.bold)).toEqual([]);
    expect(outline(recs[1]!.body)).toEqual([`O Les États membres partagent leurs données en temps réel${NNBSP}; ils s’y engagent${NNBSP}! Voir le site.`]);
    expect(marked(recs[1]!.body, TEXT_FORMAT.underline)).toEqual(['membres']);
    expect(links(recs[1]!.body)).toEqual([['https://example.org/alerte', 'site']]);
    expect(outline(recs[2]!.body)).toEqual([
      'P Considérant que l’information circule mal entre les capitales,',
      `O Les délégations créent une plateforme commune d’échange${NBSP}:`,
      `bullet: pour les ministères${NNBSP}; | pour les agences.`,
    ]);
    expect(marked(recs[2]!.body, TEXT_FORMAT.bold)).toEqual(['agences']);
    expect(outline(recs[3]!.body)).toEqual(['P Rappelant la déclaration de 2024,', 'O Le secrétariat publie un rapport annuel. Il le transmet aux États.']);
    expect(outline(recs[4]!.body)).toEqual(['O Les États abondent un fonds commun.', 'O Le fonds finance les réseaux nationaux.']);
    expect(outline(recs[5]!.body)).toEqual(['O Un audit annuel est publié.']);
    // Every block carries a stable id, as the editor's own do.
    for (const rec of recs) expect(textBlocks(rec.body).every((b) => typeof b.uid === 'string' && b.uid.length > 0)).toBe(true);

    const versions = await call(store.dispatch, 'recommendation:versions', { recommendationId: recs[0]!.id });
    expect(versions.map((v) => [v.origin, v.authorName])).toEqual([['import', 'Awa Diallo']]);
    const audit = await call(store.dispatch, 'audit:list', { meetingId: meeting.id });
    const entry = audit.find((a) => a.action === 'docx.import');
    expect(entry?.actorName).toBe('Awa Diallo');
  });

  it('follows the rapporteur’s choices: skipped items, another committee, a new committee renamed', async () => {
    const p = await preview(contribution);
    const financement = p.committees.find((c) => c.name === 'Financement')!;
    const result = await call(store.dispatch, 'docx:import', {
      meetingId: meeting.id,
      contentBase64: base64(contribution),
      digest: p.digest,
      choices: { skip: [1, 3, 5], committees: { '0': { committeeId: echange.id } }, committeeNames: { [financement.key]: 'Financement durable' } },
    });
    const recs = await Promise.all(result.created.map((c) => get(c.recommendationId)));
    expect(recs.map((r) => [r.title, r.committeeName])).toEqual([
      ['Système d’alerte régional', 'Échange d’informations'],
      ['Les délégations créent une plateforme commune d’échange', 'Échange d’informations'],
      ['Fonds commun', 'Financement durable'],
    ]);
  });

  it('refuses bytes that are not the previewed ones, and writes nothing', async () => {
    const before = rowCounts(store.db);
    const error = errorOf(await store.dispatch('docx:import', { meetingId: meeting.id, contentBase64: base64(contribution), digest: '0'.repeat(64) }));
    expect(error.code).toBe('docx_changed');
    expect(error.message.fr).toContain('affichez l’aperçu à nouveau');
    expect(error.message.en).toContain('preview it again');
    expect(rowCounts(store.db)).toEqual(before);
  });

  it('reports tracked changes, attributes to the file’s author and carries Word comments with their author', async () => {
    const p = await preview(tracked, 'suivi.docx');
    expect(p.trackedChanges).toEqual({ insertions: 1, deletions: 1, authors: ['Awa Diallo'], amendable: true });
    expect(p.creator).toEqual({ name: 'Awa Diallo', participantId: awa.id });
    expect(p.warnings.map((w) => w.code)).toEqual(['tracked_changes_amendable', 'comments']);
    expect(p.warnings[0]!.message.fr).toContain('modifications suivies (2)');
    expect(p.warnings[0]!.message.en).toContain('tracked changes (2)');
    expect(p.comments).toEqual([
      { author: 'Kofi Mensah', text: `Préciser «${NBSP}lesquelles${NBSP}»${NNBSP}?`, recommendationIndex: 1 },
      { author: 'Awa Diallo', text: 'Chaque trimestre.', recommendationIndex: 2 },
    ]);

    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64: base64(tracked), digest: p.digest });
    expect(result.authorId).toBe(awa.id);
    expect(result.commentsCarried).toBe(2);
    const recs = await Promise.all(result.created.map((c) => get(c.recommendationId)));
    // The text is the one with the changes accepted.
    expect(recs.map((r) => textBlocks(r.body).map((b) => b.text))).toEqual([
      ['Le Conseil crée un réseau régional d’alerte.'],
      ['Les États partagent leurs données en temps réel.'],
      ['Les ministres se réunissent souvent.'],
    ]);
    expect(recs.map((r) => r.authorName)).toEqual(['Awa Diallo', 'Awa Diallo', 'Awa Diallo']);
    const threads = await call(store.dispatch, 'comment:list', { recommendationId: recs[1]!.id });
    // Kofi Mensah is not a participant: his name stays in the text of the comment.
    expect(threads.map((t) => [t.text, t.authorName, t.anchor])).toEqual([[`[Word — Kofi Mensah] Préciser «${NBSP}lesquelles${NBSP}»${NNBSP}?`, 'Awa Diallo', null]]);
    const own = await call(store.dispatch, 'comment:list', { recommendationId: recs[2]!.id });
    expect(own.map((t) => [t.text, t.authorName])).toEqual([['Chaque trimestre.', 'Awa Diallo']]);
  });
});
