import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../../../shared/report/dates';

describe('dates in a report', () => {
  it('writes one day, a range in a month, across months and across years, in French and English', () => {
    expect(formatDate('2025-11-01', 'fr')).toBe('1er\u00A0novembre 2025');
    expect(formatDate('2025-11-01T10:00:00.000Z', 'en')).toBe('1\u00A0November 2025');
    expect(formatDateRange('2025-11-17', '2025-11-19', 'fr')).toBe('17–19\u00A0novembre 2025');
    expect(formatDateRange('2025-11-17', '2025-11-17', 'en')).toBe('17\u00A0November 2025');
    expect(formatDateRange('2025-11-30', '2025-12-02', 'fr')).toBe('30\u00A0novembre – 2\u00A0décembre 2025');
    expect(formatDateRange('2025-12-30', '2026-01-02', 'en')).toBe('30\u00A0December 2025 – 2\u00A0January 2026');
  });

  it('writes what it can of missing or unreadable dates, and nothing rather than a wrong date', () => {
    expect(formatDateRange(null, null, 'fr')).toBe('');
    expect(formatDateRange('2025-11-17', null, 'fr')).toBe('17\u00A0novembre 2025');
    expect(formatDateRange(null, '2025-11-19', 'en')).toBe('19\u00A0November 2025');
    expect(formatDate('2025-13-01', 'fr')).toBe('');
    expect(formatDate('demain', 'fr')).toBe('');
  });
});
