import { describe, expect, it } from 'vitest';
import { xmlSafe, xmlSafeDeep } from '../../../shared/report/xmlSafe';

describe('the XML 1.0 filter of the report', () => {
  it('removes what XML 1.0 forbids and keeps everything else', () => {
    expect(xmlSafe('a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi')).toBe('abcdefghi');
    expect(xmlSafe('lone \uD800 high, lone \uDC00 low')).toBe('lone  high, lone  low');
    expect(xmlSafe('«\u00A0l’alerte\u00A0» 😀 Ω\tà\nlire')).toBe('«\u00A0l’alerte\u00A0» 😀 Ω\tà\nlire');
    expect(xmlSafe('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('filters every string of nested data, keys included, and leaves bytes and numbers alone', () => {
    const bytes = new Uint8Array([0, 1, 2]);
    const input = { title: 'x\uFFFE', list: ['\u0001y', { deep: [['z\uD800']] }], n: 3, flag: true, none: null, logo: bytes, ['k\u0002']: 'v' };
    const output = xmlSafeDeep(input);
    expect(output).toEqual({ title: 'x', list: ['y', { deep: [['z']] }], n: 3, flag: true, none: null, logo: bytes, k: 'v' });
    expect(output.logo).toBe(bytes);
    // The input is not changed.
    expect(input.title).toBe('x\uFFFE');
  });

  it('walks a document nested thousands of levels deep without overflowing the stack', () => {
    let deep: Record<string, unknown> = { text: '\u0000end' };
    for (let i = 0; i < 20_000; i++) deep = { children: [deep] };
    let node = xmlSafeDeep(deep);
    for (let i = 0; i < 20_000; i++) node = (node.children as Array<Record<string, unknown>>)[0]!;
    expect(node.text).toBe('end');
  });
});
