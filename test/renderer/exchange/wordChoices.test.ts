/**
 * The committee choices on a Word file's preview: what the rapporteur may pick for each
 * recommendation, the names of the committees the import would create, and what is sent.
 */
import { describe, expect, it } from 'vitest';
import type { DocxPreview } from '../../../shared/docxImport/preview';
import type { Committee } from '../../../shared/domain/types';
import {
  committeeChoices,
  countsByTarget,
  meetingTarget,
  nameProblems,
  previewTarget,
  targetOptions,
} from '../../../renderer/src/screens/exchange/import/wordChoices';

const committees: Committee[] = [
  { id: 'k-alerte', meetingId: 'm', name: 'Alerte précoce', position: 1 },
  { id: 'k-formation', meetingId: 'm', name: 'Formation des diplomates', position: 2 },
];

const rec = (index: number, committeeKey: string) => ({ index, title: `Recommandation ${index + 1}`, committeeKey, excerpt: '', wordCount: 10, preambularCount: 0, operativeCount: 1, commentCount: 0 });
const preview = {
  digest: 'd',
  fileName: 'contribution.docx',
  committees: [
    { key: 'c1', name: 'Alerte précoce', existingId: 'k-alerte', recommendationCount: 1 },
    { key: 'c2', name: 'Financement', existingId: null, recommendationCount: 2 },
  ],
  recommendations: [rec(0, 'c1'), rec(1, 'c2'), rec(2, 'c2')],
} as unknown as DocxPreview;

describe('the committee choices of a Word preview', () => {
  it('offers the file’s committees, then the meeting’s others, a new one under the name typed', () => {
    expect(targetOptions(preview, committees, { c2: 'Financement durable' })).toEqual([
      { value: previewTarget('c1'), name: 'Alerte précoce', isNew: false },
      { value: previewTarget('c2'), name: 'Financement durable', isNew: true },
      { value: meetingTarget('k-formation'), name: 'Formation des diplomates', isNew: false },
    ]);
  });

  it('sends only what differs from the proposal, and a new name trimmed', () => {
    expect(committeeChoices(preview, { skip: [], targets: {}, names: {} })).toEqual({});
    expect(
      committeeChoices(preview, { skip: [2], targets: { 1: meetingTarget('k-formation'), 0: previewTarget('c1'), 2: previewTarget('c1') }, names: { c2: '  Financement   durable ' } }),
    ).toEqual({ committees: { '1': { committeeId: 'k-formation' } }, committeeNames: { c2: 'Financement durable' } });
    expect(committeeChoices(preview, { skip: [], targets: { 0: previewTarget('c2') }, names: {} })).toEqual({ committees: { '0': { committeeKey: 'c2' } } });
  });

  it('counts the recommendations kept for each committee', () => {
    const counts = countsByTarget(preview, [2], { 1: meetingTarget('k-formation') });
    expect([...counts]).toEqual([
      [previewTarget('c1'), 1],
      [meetingTarget('k-formation'), 1],
    ]);
  });

  it('finds an empty name, or one a committee already has (accents and case aside), for a committee that would be created', () => {
    const choice = (names: Record<string, string>, targets: Record<number, string> = {}) => ({ skip: [], targets, names });
    expect(nameProblems(preview, committees, choice({}))).toEqual(new Map());
    expect(nameProblems(preview, committees, choice({ c2: '   ' }))).toEqual(new Map([['c2', { kind: 'empty' }]]));
    expect(nameProblems(preview, committees, choice({ c2: 'formation des DIPLOMATES' }))).toEqual(new Map([['c2', { kind: 'taken', name: 'Formation des diplomates' }]]));
    // Not created any more (no recommendation goes to it): its name does not matter.
    expect(nameProblems(preview, committees, choice({ c2: '' }, { 1: previewTarget('c1'), 2: previewTarget('c1') }))).toEqual(new Map());
  });
});
