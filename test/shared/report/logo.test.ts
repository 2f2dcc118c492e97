import { describe, expect, it } from 'vitest';
import { PalabreError } from '../../../shared/errors';
import { MAX_LOGO_BYTES, readLogo } from '../../../shared/report/logo';
import { makePng } from '../../helpers/png';

/** A minimal JPEG: start of image, an APP0 segment, then a baseline frame header of the given size. */
function jpeg(width: number, height: number): Uint8Array {
  const app0 = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  return new Uint8Array([0xff, 0xd8, ...app0, ...sof, 0xff, 0xd9]);
}

function refusal(data: Uint8Array): { code: string; fr: string; en: string } {
  try {
    readLogo(data);
  } catch (error) {
    if (!(error instanceof PalabreError)) throw error;
    const value = error.toValue();
    return { code: value.code, fr: value.message.fr, en: value.message.en };
  }
  throw new Error('expected a refusal');
}

describe('the logo of a report', () => {
  it('reads the type and pixel size of a PNG and of a JPEG from their bytes', () => {
    expect(readLogo(makePng(120, 40))).toMatchObject({ type: 'png', width: 120, height: 40 });
    expect(readLogo(jpeg(640, 480))).toMatchObject({ type: 'jpg', width: 640, height: 480 });
  });

  it('refuses what is not a PNG or JPEG image, with a message in French and English', () => {
    const gif = new TextEncoder().encode('GIF89a\u0001\u0000\u0001\u0000');
    for (const data of [gif, new Uint8Array(0), new TextEncoder().encode('not an image at all, just text'), makePng(10, 10).slice(0, 20)]) {
      const r = refusal(data);
      expect(r.code).toBe('logo_invalid');
      expect(r.fr).toMatch(/^Ce logo n’est pas une image PNG ou JPEG valide/);
      expect(r.en).toMatch(/^This logo is not a valid PNG or JPEG image/);
    }
    // A PNG whose header chunk was damaged, and a JPEG cut before its frame header.
    const damaged = makePng(10, 10);
    damaged[12] = 0x58;
    expect(refusal(damaged).code).toBe('logo_invalid');
    expect(refusal(jpeg(10, 10).slice(0, 12)).code).toBe('logo_invalid');
  });

  it('refuses absurd dimensions and files over 5 MB', () => {
    expect(refusal(jpeg(0, 10)).code).toBe('logo_invalid');
    expect(refusal(jpeg(20_000, 10)).en).toContain('20000 × 10 px');
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(makePng(1, 1));
    const r = refusal(big);
    expect(r.code).toBe('logo_too_large');
    expect(r.fr).toMatch(/^Logo trop volumineux/);
  });
});
