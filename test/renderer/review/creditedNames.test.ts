/** Who the history credits beside a version's author: an import's merge may credit forty experts. */
import { describe, expect, it } from 'vitest';
import { creditedNames } from '../../../renderer/src/review/reviewFormat';

describe('the people a version credits, as the history names them', () => {
  it('names them all when they are few, and never leaves one alone as « 1 other »', () => {
    expect(creditedNames(['Awa Sow'])).toEqual({ names: ['Awa Sow'], others: 0 });
    expect(creditedNames(['Awa Sow', 'Kofi Mensah', 'Moussa Traoré', 'Aïcha Koné'])).toEqual({ names: ['Awa Sow', 'Kofi Mensah', 'Moussa Traoré', 'Aïcha Koné'], others: 0 });
  });

  it('names the first three of many, and counts the others', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `Expert ${i + 1}`);
    expect(creditedNames(forty)).toEqual({ names: ['Expert 1', 'Expert 2', 'Expert 3'], others: 37 });
  });
});
