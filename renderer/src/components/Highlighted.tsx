/**
 * A search excerpt with its matches highlighted. The excerpt marks matches with control characters
 * (MATCH_START / MATCH_END) that never occur in user text; splitting on them yields plain strings
 * rendered as text nodes, so nothing in an excerpt is ever interpreted as markup.
 */
import { MATCH_END, MATCH_START } from '../../../shared/domain/types';
import { foldForSearch } from '../../../shared/text';

export interface Segment {
  text: string;
  match: boolean;
}

export function splitExcerpt(excerpt: string): Segment[] {
  const segments: Segment[] = [];
  let match = false;
  let current = '';
  for (const char of excerpt) {
    if (char === MATCH_START || char === MATCH_END) {
      if (current) segments.push({ text: current, match });
      current = '';
      match = char === MATCH_START;
    } else {
      current += char;
    }
  }
  if (current) segments.push({ text: current, match });
  return segments;
}

export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitExcerpt(text).map((segment, index) => (segment.match ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>))}
    </>
  );
}

/**
 * Marks in `text` the words that start with a word of `query`, compared as the search compares them
 * (without case or accents): for a title shown next to an excerpt the search engine highlighted.
 */
export function markQuery(text: string, query: string): string {
  const wanted = foldForSearch(query).match(/[\p{L}\p{N}]+/gu);
  if (!wanted) return text;
  let out = '';
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    const folded = foldForSearch(part);
    out += part && wanted.some((w) => folded.startsWith(w)) ? `${MATCH_START}${part}${MATCH_END}` : part;
  }
  return out;
}
