import { describe, expect, it } from 'vitest';
import { describeAudit } from '../../../shared/domain/auditText';
import { applyFrenchTypography } from '../../../shared/typography/french';

const CASES: Array<[string, Record<string, unknown>]> = [
  ['meeting.create', { title: 'Réunion des experts' }],
  ['committee.rename', { from: 'Alerte', to: 'Alerte précoce' }],
  ['recommendation.fields', { fields: ['addressees', 'priority'] }],
  ['recommendation.status', { from: 'under_review', to: 'agreed' }],
  ['recommendation.restoreVersion', { versionCreatedAt: '2025-11-17T09:45:00.000Z', versionAuthorName: 'Awa Sow' }],
  ['amendment.decide', { status: 'accepted', accepted: 3, rejected: 0, proposerName: 'Awa Sow' }],
  ['milestone.create', { name: 'Texte adopté' }],
  ['comment.resolve', {}],
];

describe('audit summaries', () => {
  it('say what happened in both languages, with French typography in French', () => {
    for (const [action, detail] of CASES) {
      const { fr, en } = describeAudit(action, detail);
      expect(fr.length, action).toBeGreaterThan(0);
      expect(en.length, action).toBeGreaterThan(0);
      expect(applyFrenchTypography(fr), action).toBe(fr);
    }
    expect(describeAudit('recommendation.status', { from: 'under_review', to: 'agreed' })).toEqual({
      fr: 'Statut\u00A0: «\u00A0en cours d’examen\u00A0» → «\u00A0approuvée\u00A0»',
      en: 'Status: “under review” → “agreed”',
    });
    expect(describeAudit('recommendation.fields', { fields: ['addressees', 'priority'] }).fr).toBe('Champs modifiés\u00A0: destinataires, priorité');
  });

  it('show an action they do not know by its name, and survive a malformed detail', () => {
    expect(describeAudit('package.export', {})).toEqual({ fr: 'package.export', en: 'package.export' });
    expect(describeAudit('recommendation.status', { from: 42 }).en).toBe('Status: “” → “”');
  });
});
