/** `search`: accent- and case-insensitive full-text search in a meeting. */
import { MATCH_END, MATCH_START, SEARCH_MAX_PAGE } from '../../../shared/domain/types';
import { call } from '../../main/handlers';
import type { Command } from './types';

export interface ExcerptPart {
  text: string;
  match: boolean;
}

export const search: Command = {
  name: 'search',
  summary: {
    fr: 'cherche dans les titres, les textes et les commentaires d’une réunion, sans tenir compte des accents ni des majuscules',
    en: 'searches the titles, texts and comments of a meeting, ignoring accents and case',
  },
  required: ['meeting'],
  words: { fr: 'TEXTE…', en: 'TEXT…' },
  fieldOptions: { meetingId: 'meeting' },
  async run(r) {
    // The best hundred: a terminal is read from the top, and the total says what else matched.
    const { hits, total } = await call(r.dispatch, 'search:query', { meetingId: r.need('meeting'), query: r.words.join(' '), limit: SEARCH_MAX_PAGE });
    if (r.json) {
      return r.printJson(
        hits.map((hit) => ({
          id: hit.recommendationId,
          number: hit.number,
          title: hit.title,
          committee: hit.committeeName,
          excerpt: excerptParts(hit.excerpt),
        })),
      );
    }
    if (hits.length === 0) return r.printMessage('no_hits');
    for (const hit of hits) {
      const excerpt = excerptParts(hit.excerpt)
        .map((part) => (part.match ? `[${part.text}]` : part.text))
        .join('')
        .replace(/\s+/g, ' ')
        .trim();
      r.print(`${hit.number ? `${hit.number}. ` : ''}${hit.title} — ${excerpt}`);
    }
    if (total > hits.length) r.printMessage('more_hits', String(total - hits.length));
  },
};

/** Splits an excerpt at its match markers, so JSON consumers never see control characters. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let match = false;
  for (const piece of excerpt.split(new RegExp(`([${MATCH_START}${MATCH_END}])`))) {
    if (piece === MATCH_START) match = true;
    else if (piece === MATCH_END) match = false;
    else if (piece.length > 0) parts.push({ text: piece, match });
  }
  return parts;
}
