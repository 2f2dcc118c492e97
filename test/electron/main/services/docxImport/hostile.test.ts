/**
 * Hostile and broken Word files, generated here: each is refused with a clear message in French and
 * English (or, for hostile content inside a valid file, sanitised), the database's content is
 * unchanged and Object.prototype is untouched.
 */
import { zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call } from '../../../../../electron/main/handlers';
import { walkNodes, type SerializedDocument } from '../../../../../shared/document/lexicalJson';
import type { MeetingDetail } from '../../../../../shared/domain/types';
import { PalabreError, type ErrorCode } from '../../../../../shared/errors';
import { previewDocx } from '../../../../../electron/main/services/docxImport/service';
import { dumpDatabase } from '../../../cli/cliProcess';
import { errorOf, openTempStore, type TempStore } from '../../../../helpers/tempDb';
import { documentRels, documentXml, forgeDeclaredSize, handmadeDocx, hyperlinkParagraph, paragraph, utf8 } from './handmade';

let store: TempStore;
let meeting: MeetingDetail;
beforeEach(async () => {
  store = await openTempStore();
  meeting = await call(store.dispatch, 'meeting:create', { title: 'Réunion des experts', venue: 'Bamako' });
  await call(store.dispatch, 'committee:add', { meetingId: meeting.id, name: 'Alerte précoce' });
});
afterEach(() => store.cleanup());

const VALID = handmadeDocx(paragraph('Les États membres créent un réseau d’alerte précoce.') + paragraph('Le secrétariat publie un rapport annuel.'));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();

/** Previews and imports `bytes`; both must be refused with `code` and a message containing the words given. */
async function expectRefused(bytes: Uint8Array, code: ErrorCode, fr: string, en: string): Promise<void> {
  const before = dumpDatabase(store.path);
  const names = prototypeNames();
  const previewError = errorOf(await store.dispatch('docx:preview', { meetingId: meeting.id, fileName: 'contribution.docx', contentBase64: base64(bytes) }));
  const importError = errorOf(await store.dispatch('docx:import', { meetingId: meeting.id, contentBase64: base64(bytes), digest: 'f'.repeat(64) }));
  for (const error of [previewError, importError]) {
    expect(error.code).toBe(code);
    expect(error.message.fr).toContain(fr);
    expect(error.message.en).toContain(en);
    expect(error.message.fr).toContain('rien n’a été importé');
  }
  expect(dumpDatabase(store.path)).toBe(before);
  expect(prototypeNames()).toEqual(names);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

// Some of these files inflate to tens of megabytes: on a loaded machine they take seconds, not milliseconds.
describe('hostile or broken .docx files', { timeout: 60_000 }, () => {
  it('a valid hand-made file passes, so that each refusal below is about its one defect', async () => {
    const p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64: base64(VALID) });
    expect(p.recommendations.map((r) => r.title)).toEqual(['Les États membres créent un réseau d’alerte précoce', 'Le secrétariat publie un rapport annuel']);
  });

  it('a zip bomb (a part that inflates a thousand times) is refused before it is inflated', async () => {
    const bomb = handmadeDocx('', {}, documentXml(paragraph('x') + ' '.repeat(30 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(200 * 1024);
    await expectRefused(bomb, 'docx_unsafe', 'bombe zip', 'zip bomb');
  });

  it('a part declared smaller than it really is (forged size) is refused while inflating', async () => {
    await expectRefused(forgeDeclaredSize(VALID, 'word/document.xml', 40), 'docx_unsafe', 'taille déclarée', 'declared size');
  });

  it('a part declared larger than it really is is refused too', async () => {
    await expectRefused(forgeDeclaredSize(VALID, 'word/document.xml', 90_000), 'docx_unsafe', 'taille déclarée', 'declared size');
  });

  it('many small parts that together inflate past the total cap are refused', async () => {
    const part = utf8(`<x>${' '.repeat(1024 * 1024 - 100)}</x>`);
    const extra = Object.fromEntries(Array.from({ length: 70 }, (_, i) => [`customXml/item${i}.xml`, part]));
    await expectRefused(handmadeDocx(paragraph('Texte.'), extra), 'docx_too_large', 'customXml/item', 'customXml/item');
  });

  it('too many entries are refused before any is read', async () => {
    const extra = Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`word/media/image${i}.png`, new Uint8Array([i % 256])]));
    await expectRefused(handmadeDocx(paragraph('Texte.'), extra), 'docx_unsafe', '2004 éléments', '2004 entries');
  });

  it('entry names that climb out of a folder or are absolute are refused', async () => {
    await expectRefused(handmadeDocx(paragraph('Texte.'), { '../../evil.xml': '<x/>' }), 'docx_unsafe', 'nom d’élément interdit', 'forbidden entry name');
    await expectRefused(handmadeDocx(paragraph('Texte.'), { '/etc/cron.d/evil': 'x' }), 'docx_unsafe', '/etc/cron.d/evil', '/etc/cron.d/evil');
    await expectRefused(handmadeDocx(paragraph('Texte.'), { 'C:/Windows/evil.xml': '<x/>' }), 'docx_unsafe', 'nom d’élément interdit', 'forbidden entry name');
  });

  it('a DOCTYPE with entities (billion laughs) is refused, whatever part holds it', async () => {
    const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>';
    await expectRefused(handmadeDocx('', {}, documentXml(paragraph('&lol3;'), laughs)), 'docx_unsafe', 'DOCTYPE', 'DOCTYPE');
    const external = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><cp:coreProperties/>';
    await expectRefused(handmadeDocx(paragraph('Texte.'), { 'docProps/core.xml': external }), 'docx_unsafe', 'docProps/core.xml', 'docProps/core.xml');
  });

  it('an entry named __proto__ pollutes nothing', async () => {
    const names = prototypeNames();
    const p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64: base64(handmadeDocx(paragraph('Texte du réseau.'), { '__proto__.xml': '<polluted>yes</polluted>', 'constructor.rels': '<x/>' })) });
    expect(p.recommendations).toHaveLength(1);
    expect(prototypeNames()).toEqual(names);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a part altered after it was written (checksum mismatch) is refused', async () => {
    const stored = zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/document.xml': utf8(documentXml(paragraph('Le réseau est créé.'))) }, { level: 0 });
    const text = Buffer.from(stored).toString('latin1');
    const altered = Buffer.from(text.replace('Le r', 'La r'), 'latin1');
    await expectRefused(new Uint8Array(altered), 'docx_unreadable', 'altéré', 'altered content');
  });

  it('a truncated file is refused as damaged', async () => {
    await expectRefused(VALID.subarray(0, Math.floor(VALID.length / 2)), 'docx_unreadable', 'tronqué ou endommagé', 'truncated or damaged');
  });

  it('a file that is not a zip (a PDF renamed .docx) is refused', async () => {
    await expectRefused(utf8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'.repeat(20)), 'docx_unreadable', 'pas un fichier zip', 'not a zip file');
  });

  it('a zip that is not a Word document (no word/document.xml) is refused', async () => {
    const odt = zipSync({ mimetype: utf8('application/vnd.oasis.opendocument.text'), 'content.xml': utf8('<office:document-content/>') });
    await expectRefused(odt, 'docx_unreadable', 'pas de word/document.xml', 'no word/document.xml');
  });

  it('a Word document without text is refused as empty', async () => {
    await expectRefused(handmadeDocx('<w:p/>'), 'docx_empty', 'aucun texte', 'no text');
  });

  it('a file over the size limit is refused before it is read (the channel refuses it even earlier)', async () => {
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(VALID);
    const before = dumpDatabase(store.path);
    const error = await previewDocx(store.ctx, { meetingId: meeting.id, fileName: 'gros.docx', bytes: big }).then(
      () => null,
      (e: unknown) => (e instanceof PalabreError ? e.toValue() : null),
    );
    expect(error?.code).toBe('docx_too_large');
    expect(error?.message.fr).toContain('au plus 25,0');
    expect(error?.message.en).toContain('at most 25.0');
    expect(errorOf(await store.dispatch('docx:preview', { meetingId: meeting.id, contentBase64: base64(big) })).code).toBe('invalid_input');
    expect(dumpDatabase(store.path)).toBe(before);
  });

  it('javascript:, data: and vbscript: links lose their address; markup typed as text stays text', async () => {
    const body =
      hyperlinkParagraph('Un lien piégé\u00A0: ', 'rId1', 'cliquez') +
      hyperlinkParagraph('Un autre\u00A0: ', 'rId2', 'image') +
      hyperlinkParagraph('Encore\u00A0: ', 'rId3', 'script') +
      hyperlinkParagraph('Le site officiel\u00A0: ', 'rId4', 'example.org') +
      hyperlinkParagraph('Écrire au secrétariat\u00A0: ', 'rId5', 'courriel') +
      paragraph('Texte <img src=x onerror="alert(1)"> et <script>alert(2)</script> fin.');
    const rels = documentRels({ rId1: 'javascript:alert(document.cookie)', rId2: 'data:text/html,<script>alert(1)</script>', rId3: 'vbscript:msgbox(1)', rId4: 'https://example.org/', rId5: 'mailto:secretariat@example.org' });
    const bytes = handmadeDocx(body, { 'word/_rels/document.xml.rels': rels });
    const p = await call(store.dispatch, 'docx:preview', { meetingId: meeting.id, contentBase64: base64(bytes) });
    const result = await call(store.dispatch, 'docx:import', { meetingId: meeting.id, contentBase64: base64(bytes), digest: p.digest });
    const docs: SerializedDocument[] = [];
    for (const created of result.created) docs.push((await call(store.dispatch, 'recommendation:get', { recommendationId: created.recommendationId })).body);
    const links: string[] = [];
    const types = new Set<string>();
    for (const doc of docs) {
      walkNodes(doc, (n) => {
        types.add(n.type);
        if (n.type === 'link') links.push(n.url as string);
      });
    }
    expect(links).toEqual(['https://example.org/', 'mailto:secretariat@example.org']);
    expect([...types].sort()).toEqual(['link', 'paragraph', 'root', 'text']);
    const json = JSON.stringify(docs);
    expect(json).not.toMatch(/javascript:|vbscript:|data:text/);
    expect(result.created.map((c) => c.title)).toContain('Texte <img src=x onerror="alert(1)"> et <script>alert(2)</script> fin');
  });

  it('a payload over the channel’s size cap, or not base64, is refused by the contract', async () => {
    for (const contentBase64 of ['A'.repeat(Math.ceil((25 * 1024 * 1024) / 3) * 4 + 4), 'pas du base64 !']) {
      const error = errorOf(await store.dispatch('docx:preview', { meetingId: meeting.id, contentBase64 }));
      expect(error.code).toBe('invalid_input');
    }
  });
});
