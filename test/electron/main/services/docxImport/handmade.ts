/**
 * Word packages written by hand, byte by byte where needed: the smallest valid .docx, and the
 * hostile ones (bombs, forged sizes, escaping names, entity declarations) that no word processor
 * would write but that anyone can send.
 */
import { zipSync, type Zippable } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;

const PACKAGE_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export function documentXml(body: string, prolog = ''): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document ${W}><w:body>${body}</w:body></w:document>`;
}

/** A paragraph of plain runs; `text` is XML-escaped here. */
export function paragraph(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A paragraph in Word's “heading 1” style: a committee's name (the package needs HEADING_STYLES). */
export function headingParagraph(text: string): string {
  return `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** The parts that declare the “heading 1” style, as handmadeDocx's `extra`. */
export const HEADING_STYLES: Record<string, string> = {
  'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
  'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
};

export function hyperlinkParagraph(before: string, relId: string, label: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(before)}</w:t></w:r><w:hyperlink r:id="${relId}"><w:r><w:t>${escapeXml(label)}</w:t></w:r></w:hyperlink></w:p>`;
}

export function documentRels(links: Record<string, string>): string {
  const rels = Object.entries(links)
    .map(([id, target]) => `<Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="${escapeXml(target)}" TargetMode="External"/>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}

/** A .docx of these parts (document.xml given as its body), with any extra entries. */
export function handmadeDocx(body: string, extra: Record<string, string | Uint8Array> = {}, documentOverride?: string | Uint8Array): Uint8Array {
  const files: Zippable = Object.create(null) as Zippable;
  files['[Content_Types].xml'] = utf8(CONTENT_TYPES);
  files['_rels/.rels'] = utf8(PACKAGE_RELS);
  files['word/document.xml'] = documentOverride instanceof Uint8Array ? documentOverride : utf8(documentOverride ?? documentXml(body));
  for (const [name, content] of Object.entries(extra)) files[name] = typeof content === 'string' ? utf8(content) : content;
  return zipSync(files, { level: 6 });
}

/** The same zip with the uncompressed size of `name` in its central directory replaced by `size`. */
export function forgeDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  const wanted = utf8(name);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    const entryName = copy.subarray(at + 46, at + 46 + length);
    if (length === wanted.length && entryName.every((b, i) => b === wanted[i])) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
