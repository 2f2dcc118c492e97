/**
 * What mammoth silently drops, read from the checked XML: the file's author and title (core
 * properties), the number of tracked insertions and deletions, and the comments with their author
 * and the paragraph they are attached to. The parts have already been refused if they declare any
 * entity, so only XML's five predefined entities and character references remain to decode.
 */
import type { WordComment, WordExtras } from '../../../../shared/docxImport/model';
import { cleanText } from '../../../../shared/text';
import { changeAuthors } from './trackedChanges';

const MAX_COMMENTS = 2000;

export function readWordExtras(parts: ReadonlyMap<string, string>): WordExtras {
  const document = parts.get('word/document.xml') ?? '';
  const core = parts.get('docProps/core.xml') ?? '';
  return {
    creator: coreProperty(core, 'dc:creator'),
    title: coreProperty(core, 'dc:title'),
    insertions: count(document, /<w:ins[\s>]/g),
    deletions: count(document, /<w:del[\s>]/g),
    changeAuthors: changeAuthors(document).map((a) => cleanText(decodeEntities(a)).trim().slice(0, 200)).filter((a) => a.length > 0),
    comments: readComments(parts.get('word/comments.xml') ?? '', document),
  };
}

function coreProperty(xml: string, tag: string): string | null {
  const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml);
  const value = match ? cleanText(decodeEntities(match[1]!)).trim() : '';
  return value.length > 0 ? value.slice(0, 300) : null;
}

function count(xml: string, pattern: RegExp): number {
  let n = 0;
  for (const _ of xml.matchAll(pattern)) n++;
  return n;
}

function readComments(commentsXml: string, documentXml: string): WordComment[] {
  if (!commentsXml) return [];
  const anchors = commentAnchors(documentXml);
  const comments: WordComment[] = [];
  for (const match of commentsXml.matchAll(/<w:comment(\s[^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    if (comments.length >= MAX_COMMENTS) break;
    const attributes = match[1]!;
    const id = attribute(attributes, 'w:id');
    const text = paragraphsText(match[2]!);
    if (!text) continue;
    comments.push({
      author: cleanText(decodeEntities(attribute(attributes, 'w:author') ?? '')).trim().slice(0, 200),
      text: text.slice(0, 10_000),
      anchorText: (id !== null ? anchors.get(id) : undefined) ?? '',
    });
  }
  return comments;
}

/** Comment id → plain text of the paragraph where its range starts (or its reference stands). */
function commentAnchors(documentXml: string): Map<string, string> {
  const anchors = new Map<string, string>();
  for (const match of documentXml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)) {
    const paragraph = match[0];
    if (!paragraph.includes('<w:comment')) continue;
    const text = runsText(paragraph);
    for (const ref of paragraph.matchAll(/<w:comment(?:RangeStart|Reference)\s[^>]*?w:id="([^"]*)"/g)) {
      if (!anchors.has(ref[1]!)) anchors.set(ref[1]!, text);
    }
  }
  return anchors;
}

function paragraphsText(xml: string): string {
  const paragraphs: string[] = [];
  for (const match of xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)) paragraphs.push(runsText(match[0]));
  return cleanText(paragraphs.join('\n')).trim();
}

/** Text of the `w:t` runs (the deleted text of tracked changes, `w:delText`, is left out). */
function runsText(xml: string): string {
  let out = '';
  for (const match of xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
    if (match[1] !== undefined) out += decodeEntities(match[1]);
    else out += match[0] === '<w:tab/>' ? '\t' : '\n';
  }
  return out;
}

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`${name}="([^"]*)"`).exec(attributes);
  return match ? match[1]! : null;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, dec?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : parseInt(dec!, 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
