/**
 * The checked content of a .docx: its XML parts as text, each refused if it declares a DOCTYPE or an
 * entity (the « billion laughs » and external-entity attacks start there, and Word never writes
 * one), and a clean zip made only of those checked parts for mammoth, so that mammoth reads exactly
 * what was checked and nothing else (no media, no second reading of a forged directory).
 */
import { zipSync } from 'fflate';
import { PalabreError } from '../../../../shared/errors';
import { DOCX_LIMITS, inflateEntry, readCentralDirectory } from './zip';

export interface DocxPackage {
  /** XML parts by name (`word/document.xml`…), decoded. */
  parts: Map<string, string>;
  /** A zip of the same parts, for mammoth. */
  cleanZip: Uint8Array;
  /** The same clean zip with another text for word/document.xml (the text before its tracked changes). */
  withDocument(xml: string): Uint8Array;
}

const DOCUMENT_PART = 'word/document.xml';

export function readDocxPackage(bytes: Uint8Array): DocxPackage {
  const entries = readCentralDirectory(bytes);
  if (!entries.some((e) => e.name === DOCUMENT_PART)) {
    throw new PalabreError('docx_unreadable', { fr: 'pas de word/document.xml\u00A0: ce n’est pas un document Word', en: 'no word/document.xml: not a Word document' });
  }
  const budget = { left: DOCX_LIMITS.maxXmlBytes };
  const parts = new Map<string, string>();
  // No prototype: an entry named `__proto__.xml` or `constructor` is just a name.
  const zipInput = Object.create(null) as Record<string, Uint8Array>;
  for (const entry of entries) {
    if (!/\.(?:xml|rels)$/i.test(entry.name)) continue;
    const raw = inflateEntry(bytes, entry, budget);
    const text = decodeXml(raw, entry.name);
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
      throw new PalabreError('docx_unsafe', {
        fr: `déclaration DOCTYPE ou ENTITY dans «\u00A0${entry.name}\u00A0»`,
        en: `DOCTYPE or ENTITY declaration in “${entry.name}”`,
      });
    }
    parts.set(entry.name, text);
    zipInput[entry.name] = raw;
  }
  return {
    parts,
    cleanZip: zipSync(zipInput, { level: 1 }),
    withDocument: (xml) => zipSync({ ...zipInput, [DOCUMENT_PART]: new TextEncoder().encode(xml) }, { level: 1 }),
  };
}

/**
 * Strict decoding: Word writes valid UTF-8 (or UTF-16); bytes that are neither are a damaged or forged
 * part, refused rather than imported with replacement characters where the text was.
 */
function decodeXml(raw: Uint8Array, name: string): string {
  const encoding = raw[0] === 0xff && raw[1] === 0xfe ? 'utf-16le' : raw[0] === 0xfe && raw[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(raw);
  } catch {
    const label = encoding.toUpperCase();
    throw new PalabreError('docx_unreadable', { fr: `«\u00A0${name}\u00A0» n’est pas du texte ${label} valide`, en: `“${name}” is not valid ${label} text` });
  }
}
