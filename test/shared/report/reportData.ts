/** Report data written by hand, for tests of the builder alone (no database). */
import { documentFromPlainText, emptyDocument, type SerializedDocument } from '../../../shared/document/lexicalJson';
import type { ReportData, ReportRecommendation } from '../../../shared/report/model';
import { diffRecommendationStates } from '../../../shared/diff/recommendationDiff';
import type { RecommendationFields } from '../../../shared/domain/types';

let uid = 0;
const newId = () => `b-${++uid}`;

export function doc(text: string): SerializedDocument {
  return documentFromPlainText(text, newId);
}

const FIELDS: RecommendationFields = { status: 'adopted', committeeId: 'c', addressees: [], leadActors: [], horizon: '', deadline: null, priority: null };

export function recommendation(number: string, title: string, body: string, extra: Partial<ReportRecommendation> = {}): ReportRecommendation {
  return {
    id: `r-${number}`,
    number,
    title,
    addressees: [],
    leadActors: [],
    horizon: '',
    deadline: null,
    body: doc(body),
    changes: null,
    comments: [],
    earlierBody: null,
    earlierTitle: null,
    earlierNumber: null,
    contributors: [],
    ...extra,
  };
}

/** The changes from an earlier title and text, all by one author. */
export function changesFrom(rec: ReportRecommendation, earlierTitle: string, earlierBody: SerializedDocument | null, author: string): ReportRecommendation {
  const changes = diffRecommendationStates(
    { title: earlierTitle, body: earlierBody ?? emptyDocument(), fields: FIELDS },
    { title: rec.title, body: rec.body, fields: FIELDS },
  );
  const who = { author, date: '2025-11-18T10:00:00.000Z' };
  return {
    ...rec,
    changes: { titleRuns: changes.title.runs, titleAuthor: who, body: changes.body, blockAuthors: changes.body.blocks.map(() => who), fallback: who, earlierFields: null, fieldsAuthor: who },
    earlierBody,
    earlierTitle,
  };
}

export function reportData(overrides: Partial<ReportData> = {}): ReportData {
  return {
    kind: 'final',
    locale: 'fr',
    frenchTypography: true,
    meeting: { title: 'Réunion des experts', organisation: 'Confédération des États du Sahel', venue: 'Bamako', startsOn: '2025-11-17', endsOn: '2025-11-19', intro: null },
    asOf: null,
    since: { name: 'Projet', date: '2025-11-18T10:00:00.000Z' },
    generatedAt: '2025-11-20T10:00:00.000Z',
    committees: [{ name: 'Alerte précoce', recommendations: [recommendation('1', 'Créer un réseau', 'Les experts recommandent de créer un réseau.')] }],
    delegations: [{ name: 'Mali', participants: [{ name: 'Awa Sow', role: 'expert' }] }],
    logo: null,
    ...overrides,
  };
}
