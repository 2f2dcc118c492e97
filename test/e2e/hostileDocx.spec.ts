/**
 * A hostile Word contribution imported through the real handlers and opened in the real editor in
 * Chromium: an image whose description tries to close its attribute and add an onerror handler, a
 * javascript: link, and markup typed as text (<img onerror>, <script>). Nothing of it runs — no
 * flag set, no dialog — and no javascript: address reaches the page; the harmless text around it stays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../electron/main/handlers';
import type { DocxImportResult } from '../../shared/docxImport/preview';
import { documentRels, handmadeDocx, hyperlinkParagraph, paragraph } from '../electron/main/services/docxImport/handmade';
import { launchApp, type LaunchedApp } from './harness';

const PWNED = 'window.__pwned=1';
const IMAGE_PARAGRAPH =
  '<w:p><w:r><w:t xml:space="preserve">Les États membres publient la carte des risques </w:t></w:r><w:r><w:drawing>' +
  '<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="100" cy="100"/>' +
  `<wp:docPr id="1" name="carte" descr="x&quot; src=x onerror=&quot;${PWNED}"/>` +
  '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
  '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:blipFill><a:blip r:embed="rIdImg"/></pic:blipFill></pic:pic>' +
  '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r><w:r><w:t xml:space="preserve">chaque année.</w:t></w:r></w:p>';

function hostileContribution(): Uint8Array {
  const body =
    hyperlinkParagraph('Les États membres consultent le portail\u00A0: ', 'rIdJs', 'cliquez ici') +
    hyperlinkParagraph('Le secrétariat publie les rapports sur ', 'rIdWeb', 'le site officiel') +
    IMAGE_PARAGRAPH +
    paragraph(`Texte <img src=x onerror="${PWNED}"> puis <script>${PWNED}</script> fin.`);
  const rels =
    documentRels({ rIdJs: `javascript:${PWNED}`, rIdWeb: 'https://example.org/' }).replace(
      '</Relationships>',
      '<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    );
  return handmadeDocx(body, { 'word/_rels/document.xml.rels': rels, 'word/media/image1.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]) });
}

let dir: string;
let app: LaunchedApp;
let meetingId: string;
let imported: DocxImportResult;
const dialogs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'palabre-hostile-docx-'));
  app = await launchApp({ dbPath: join(dir, 'palabre.sqlite'), locale: 'fr' });
  app.page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const meeting = await call(app.dispatch, 'meeting:create', { title: 'Réunion des experts de Bamako', venue: 'Bamako' });
  meetingId = meeting.id;
  await call(app.dispatch, 'committee:add', { meetingId, name: 'Alerte précoce' });
  const contentBase64 = Buffer.from(hostileContribution()).toString('base64');
  const preview = await call(app.dispatch, 'docx:preview', { meetingId, fileName: 'contribution.docx', contentBase64 });
  imported = await call(app.dispatch, 'docx:import', { meetingId, fileName: 'contribution.docx', contentBase64, digest: preview.digest });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What the page shows and holds once the recommendation is open in the editor. */
async function openInEditor(recommendationId: string) {
  const { page } = app;
  await page.goto(`${app.url}#/meeting/${meetingId}/rec/${recommendationId}`);
  await page.reload();
  const editor = page.getByRole('textbox', { name: 'Texte de la recommandation' });
  await editor.waitFor();
  // Anything an injected handler would do has had its chance: the image would have failed to load by now.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: unknown }).__pwned,
    text: document.querySelector('[aria-label="Texte de la recommandation"]')?.textContent ?? '',
    hrefs: [...document.querySelectorAll('[href]')].map((e) => e.getAttribute('href') ?? ''),
    images: document.querySelectorAll('img').length,
    handlers: [...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)),
    scripts: [...document.querySelectorAll('script')].map((s) => s.textContent ?? '').filter((t) => t.includes('__pwned')),
  }));
}

describe('a hostile Word contribution opened in the editor', () => {
  it('imports the four paragraphs as recommendations', () => {
    expect(imported.created).toHaveLength(4);
  });

  it('shows the text around each trap and runs none of it', async () => {
    const expected = [
      'Les États membres consultent le portail\u00A0: cliquez ici',
      'Le secrétariat publie les rapports sur le site officiel',
      'Les États membres publient la carte des risques chaque année.',
      `Texte <img src=x onerror="${PWNED}"> puis <script>${PWNED}</script> fin.`,
    ];
    for (const [i, created] of imported.created.entries()) {
      const state = await openInEditor(created.recommendationId);
      expect(state.text.replace(/\s+/g, ' ')).toContain(expected[i]!.replace(/\s+/g, ' ').replace(/\.$/, ''));
      expect(state.pwned, `recommendation ${i}`).toBeUndefined();
      expect(state.hrefs.filter((h) => /^\s*(?:javascript|vbscript|data):/i.test(h)), `recommendation ${i}`).toEqual([]);
      expect(state.images, `recommendation ${i}`).toBe(0);
      expect(state.handlers, `recommendation ${i}`).toEqual([]);
      expect(state.scripts, `recommendation ${i}`).toEqual([]);
      // The one safe link is a link in the editor: the check on addresses above has something to look at.
      if (i === 1) expect(state.hrefs).toContain('https://example.org/');
    }
    expect(dialogs).toEqual([]);
  });
});
