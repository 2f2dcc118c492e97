/**
 * Checks a logo image before it goes into a report: a PNG or JPEG file (by its signature, not its
 * name), of a sensible size, whose dimensions can be read. Word shows a broken image as a red cross
 * and LibreOffice may refuse the file, so a doubtful image is refused with a message instead.
 */
import { PalabreError } from '../errors';
import type { ReportLogo } from './model';

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_PIXELS = 10_000;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The logo with its type and pixel size, or a PalabreError (logo_too_large, logo_invalid). */
export function readLogo(data: Uint8Array): ReportLogo {
  if (data.length > MAX_LOGO_BYTES) throw new PalabreError('logo_too_large', `${(data.length / 1024 / 1024).toFixed(1)} MB > 5 MB`);
  const size = isPng(data) ? pngSize(data) : isJpeg(data) ? jpegSize(data) : null;
  if (!size) throw new PalabreError('logo_invalid', { fr: 'signature ou dimensions illisibles', en: 'unreadable signature or dimensions' });
  const { width, height } = size;
  if (width < 1 || height < 1 || width > MAX_LOGO_PIXELS || height > MAX_LOGO_PIXELS) {
    throw new PalabreError('logo_invalid', `${width} × ${height} px`);
  }
  return { data, type: isPng(data) ? 'png' : 'jpg', width, height };
}

function isPng(data: Uint8Array): boolean {
  return data.length >= 33 && PNG_SIGNATURE.every((b, i) => data[i] === b);
}

function isJpeg(data: Uint8Array): boolean {
  return data.length >= 4 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff;
}

const u32 = (d: Uint8Array, at: number) => ((d[at]! << 24) | (d[at + 1]! << 16) | (d[at + 2]! << 8) | d[at + 3]!) >>> 0;
const u16 = (d: Uint8Array, at: number) => (d[at]! << 8) | d[at + 1]!;

/** The first chunk of a PNG must be IHDR, holding width and height. */
function pngSize(d: Uint8Array): { width: number; height: number } | null {
  const type = String.fromCharCode(d[12]!, d[13]!, d[14]!, d[15]!);
  if (u32(d, 8) !== 13 || type !== 'IHDR') return null;
  return { width: u32(d, 16), height: u32(d, 20) };
}

/** Walks the JPEG's segments to its frame header (SOFn), which holds height and width. */
function jpegSize(d: Uint8Array): { width: number; height: number } | null {
  let at = 2;
  while (at + 9 < d.length) {
    if (d[at] !== 0xff) return null;
    const marker = d[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or image data before any frame header
    const length = u16(d, at + 2);
    if (length < 2) return null;
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) return { height: u16(d, at + 5), width: u16(d, at + 7) };
    at += 2 + length;
  }
  return null;
}
