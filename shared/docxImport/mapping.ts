/**
 * Proposes how a Word document becomes committees and recommendations. Only a proposal: the
 * rapporteur sees it in the preview and confirms or changes it before anything is written.
 *
 * - The shallowest heading level present names committees (matched to the meeting's committees
 *   whatever their accents or case, « Commission 2 : » prefixes aside; otherwise proposed as new).
 * - Inside a committee, a recommendation starts at each deeper heading; or, when there is none, at
 *   each top-level numbered item (a Word list, or a paragraph typed « 1. … »); or, when there is none
 *   either, at each operative paragraph (a wholly bold paragraph then titles the ones after it).
 * - Preambular paragraphs (« Considérant… ») belong to the recommendation that follows them.
 * - No text is dropped: what comes before the first start goes into the first recommendation.
 */
import { countWords, documentToPlainText, type SerializedDocument } from '../document/lexicalJson';
import { detectKind } from '../document/paragraphKind';
import { comparisonKey } from '../domain/fields';
import { TEXT_FORMAT } from '../document/lexicalJson';
import { blocksToDocument, trimRuns } from './blocksToLexical';
import { runsText, type ImportedBlock, type ListBlock, type ParagraphBlock, type Run } from './model';

export interface ExistingCommittee {
  id: string;
  name: string;
}

export interface MappedCommittee {
  /** Stable inside one mapping: `c1`, `c2`… in the order of the document. */
  key: string;
  name: string;
  /** The meeting's committee it matches, or null: a new committee would be created. */
  existingId: string | null;
  /** False for the committee that receives what comes before any heading. */
  fromHeading: boolean;
}

export interface MappedRecommendation {
  /** Position in the document, from 0: how the import's choices name it. */
  index: number;
  title: string;
  committeeKey: string;
  body: SerializedDocument;
  excerpt: string;
  wordCount: number;
  /** Plain text (title and body), to find the recommendation a Word comment belongs to. */
  plainText: string;
}

export interface DocxMapping {
  committees: MappedCommittee[];
  recommendations: MappedRecommendation[];
}

export const TITLE_MAX = 200;
const EXCERPT_MAX = 240;

interface Section {
  heading: string | null;
  blocks: ImportedBlock[];
}

interface Draft {
  title: string | null;
  blocks: ImportedBlock[];
}

/**
 * The proposal. `defaultCommittee` receives what comes before any heading (or the whole document
 * when it has none): the meeting's first committee, or a new one named after the file.
 */
export function mapDocument(
  blocks: readonly ImportedBlock[],
  existing: readonly ExistingCommittee[],
  defaultCommitteeName: string,
  newId: () => string,
): DocxMapping {
  const committees: MappedCommittee[] = [];
  const recommendations: MappedRecommendation[] = [];
  const byName = new Map<string, MappedCommittee>();

  const committeeFor = (heading: string | null): MappedCommittee => {
    const name = heading ?? (existing[0]?.name ?? defaultCommitteeName);
    const match = heading === null && existing[0] ? existing[0] : matchCommittee(name, existing);
    const mapKey = match ? `id:${match.id}` : `name:${comparisonKey(name)}`;
    let committee = byName.get(mapKey);
    if (!committee) {
      committee = { key: `c${committees.length + 1}`, name: match ? match.name : name, existingId: match ? match.id : null, fromHeading: heading !== null };
      byName.set(mapKey, committee);
      committees.push(committee);
    }
    return committee;
  };

  for (const section of splitSections(blocks)) {
    const drafts = splitRecommendations(section.blocks);
    if (drafts.length === 0) continue;
    const committee = committeeFor(section.heading);
    for (const draft of drafts) {
      const rec = finishDraft(draft, newId);
      if (!rec) continue;
      recommendations.push({ index: recommendations.length, committeeKey: committee.key, ...rec });
    }
  }
  const used = new Set(recommendations.map((r) => r.committeeKey));
  return { committees: committees.filter((c) => used.has(c.key)), recommendations };
}

/** The meeting's committee of that name, accents, case and a « Commission 2 : » prefix aside. */
export function matchCommittee(name: string, existing: readonly ExistingCommittee[]): ExistingCommittee | undefined {
  const keys = [comparisonKey(name), comparisonKey(withoutCommitteePrefix(name))];
  for (const key of keys) {
    const found = existing.find((c) => comparisonKey(c.name) === key || comparisonKey(withoutCommitteePrefix(c.name)) === key);
    if (found) return found;
  }
  return undefined;
}

function withoutCommitteePrefix(name: string): string {
  return name.replace(/^\s*(?:commission|comit[ée]|committee|axe(?: th[ée]matique)?|th[èe]me|theme|section|chapitre|chapter|partie|part)?\s*(?:n[°o]\s*)?(?:\d+|[IVXLC]+)\s*[:.)\-–—]\s*/iu, '');
}

function splitSections(blocks: readonly ImportedBlock[]): Section[] {
  const headingLevels = blocks.filter((b) => b.kind === 'heading' && runsText(b.runs).trim()).map((b) => (b.kind === 'heading' ? b.level : 99));
  const top = headingLevels.length > 0 ? Math.min(...headingLevels) : 0;
  const sections: Section[] = [{ heading: null, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === 'heading' && block.level === top && runsText(block.runs).trim()) {
      sections.push({ heading: cleanLine(runsText(block.runs)), blocks: [] });
    } else {
      sections[sections.length - 1]!.blocks.push(block);
    }
  }
  return sections;
}

function splitRecommendations(blocks: readonly ImportedBlock[]): Draft[] {
  if (blocks.some((b) => b.kind === 'heading' && runsText(b.runs).trim())) return byHeadings(blocks);
  if (blocks.some((b) => (b.kind === 'list' && b.ordered) || (b.kind === 'paragraph' && typedNumber(b.runs) !== null))) return byItems(blocks);
  return byParagraphs(blocks);
}

function byHeadings(blocks: readonly ImportedBlock[]): Draft[] {
  const drafts: Draft[] = [];
  const before: ImportedBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading' && runsText(block.runs).trim()) drafts.push({ title: withoutNumber(cleanLine(runsText(block.runs))), blocks: [] });
    else (drafts[drafts.length - 1]?.blocks ?? before).push(block);
  }
  if (drafts[0]) drafts[0].blocks.unshift(...before);
  else if (before.length > 0) drafts.push({ title: null, blocks: before });
  return drafts;
}

function byItems(blocks: readonly ImportedBlock[]): Draft[] {
  const drafts: Draft[] = [];
  let pending: ImportedBlock[] = [];
  const start = (content: ImportedBlock[]) => {
    drafts.push({ title: null, blocks: [...pending, ...content] });
    pending = [];
  };
  for (const block of blocks) {
    if (block.kind === 'list' && block.ordered) {
      for (const item of block.items) {
        start([{ kind: 'paragraph', runs: item.runs }, ...item.lists]);
      }
      continue;
    }
    if (block.kind === 'paragraph') {
      const number = typedNumber(block.runs);
      if (number !== null) {
        start([{ kind: 'paragraph', runs: number }]);
        continue;
      }
      // A preambular paragraph after an item opens the next one; an operative one continues the item.
      const current = drafts[drafts.length - 1];
      if (current && pending.length === 0 && detectKind(runsText(block.runs)) === 'operative') current.blocks.push(block);
      else pending.push(block);
      continue;
    }
    const current = drafts[drafts.length - 1];
    if (current && pending.length === 0) current.blocks.push(asParagraph(block));
    else pending.push(asParagraph(block));
  }
  keepTrailing(drafts, pending);
  return drafts;
}

function byParagraphs(blocks: readonly ImportedBlock[]): Draft[] {
  const drafts: Draft[] = [];
  let pending: ImportedBlock[] = [];
  const hasBoldTitles = blocks.some((b) => b.kind === 'paragraph' && isWhollyBold(b.runs));
  for (const block of blocks) {
    const current = drafts[drafts.length - 1];
    if (block.kind !== 'paragraph') {
      if (current && pending.length === 0) current.blocks.push(asParagraph(block));
      else pending.push(asParagraph(block));
      continue;
    }
    const text = runsText(block.runs).trim();
    if (!text) continue;
    if (hasBoldTitles) {
      if (isWhollyBold(block.runs)) {
        drafts.push({ title: cleanLine(text), blocks: pending });
        pending = [];
      } else if (current) current.blocks.push(block);
      else pending.push(block);
      continue;
    }
    if (detectKind(text) === 'preambular') {
      pending.push(block);
      continue;
    }
    drafts.push({ title: null, blocks: [...pending, block] });
    pending = [];
  }
  keepTrailing(drafts, pending);
  return drafts;
}

/** Text left after the last recommendation stays with it; alone, it is a recommendation of its own. */
function keepTrailing(drafts: Draft[], pending: ImportedBlock[]): void {
  if (pending.length === 0) return;
  const last = drafts[drafts.length - 1];
  if (last) last.blocks.push(...pending);
  else drafts.push({ title: null, blocks: pending });
}

function asParagraph(block: ImportedBlock): ImportedBlock {
  return block.kind === 'heading' ? { kind: 'paragraph', runs: block.runs } : block;
}

/** The runs of a paragraph typed as a numbered item (« 1. », « 2) », « a) »), without its number; null otherwise. */
function typedNumber(runs: readonly Run[]): Run[] | null {
  const trimmed = trimRuns(runs);
  const first = trimmed[0];
  if (!first) return null;
  const match = /^(?:\d{1,3}|[a-z])[.)][\s\u00A0\u202F]+/u.exec(first.text);
  if (!match) return null;
  return trimRuns([{ ...first, text: first.text.slice(match[0].length) }, ...trimmed.slice(1)]);
}

function isWhollyBold(runs: readonly Run[]): boolean {
  const trimmed = trimRuns(runs);
  const text = runsText(trimmed).trim();
  return trimmed.length > 0 && text.length <= TITLE_MAX && trimmed.every((r) => (r.format & TEXT_FORMAT.bold) !== 0 || !r.text.trim());
}

/** The title (given, a bold lead, or the first sentence) and the body of a draft; null when it holds no text. */
function finishDraft(draft: Draft, newId: () => string): Omit<MappedRecommendation, 'index' | 'committeeKey'> | null {
  let blocks = draft.blocks.filter((b) => (b.kind === 'list' ? b.items.length > 0 : runsText(b.runs).trim().length > 0));
  let title = draft.title;
  if (title === null) {
    const firstOperative = blocks.findIndex((b) => b.kind === 'paragraph' && detectKind(runsText(b.runs)) === 'operative');
    const at = firstOperative >= 0 ? firstOperative : blocks.findIndex((b) => b.kind === 'paragraph');
    const lead = at >= 0 ? boldLead((blocks[at] as ParagraphBlock).runs) : null;
    if (lead) {
      title = lead.title;
      blocks = blocks.map((b, i) => (i === at ? { kind: 'paragraph', runs: lead.rest } : b));
    } else if (at >= 0) {
      title = firstSentence(runsText((blocks[at] as ParagraphBlock).runs));
    } else if (blocks[0]?.kind === 'list') {
      title = firstSentence(runsText(firstItemRuns(blocks[0])));
    }
  }
  if (!title?.trim()) return null;
  const body = blocksToDocument(blocks, newId);
  const bodyText = documentToPlainText(body);
  // Only ASCII spaces collapse: the no-break spaces of French typography stay as written.
  const excerpt = bodyText.replace(/[ \t\r\n]+/g, ' ').trim();
  return {
    title: cleanLine(title),
    body,
    excerpt: excerpt.length > EXCERPT_MAX ? `${excerpt.slice(0, EXCERPT_MAX - 1).trimEnd()}…` : excerpt,
    wordCount: countWords(bodyText),
    plainText: `${title}\n${bodyText}`,
  };
}

function firstItemRuns(list: ListBlock): Run[] {
  return list.items[0]?.runs ?? [];
}

/**
 * A bold opening that reads as a title (« **Système d’alerte précoce.** Le Conseil… »): the bold
 * text without its closing punctuation, and the rest. Null when the paragraph does not open in bold,
 * or is bold all through (then it is text, and the title is its first sentence).
 */
function boldLead(runs: readonly Run[]): { title: string; rest: Run[] } | null {
  const trimmed = trimRuns(runs);
  let i = 0;
  while (i < trimmed.length && (trimmed[i]!.format & TEXT_FORMAT.bold) !== 0) i++;
  if (i === 0 || i === trimmed.length) return null;
  const title = runsText(trimmed.slice(0, i)).replace(/[\s\u00A0\u202F]*[.:;—–-]+[\s\u00A0\u202F]*$/u, '').trim();
  const rest = trimRuns(trimmed.slice(i));
  if (!title || title.length > TITLE_MAX || rest.length === 0) return null;
  return { title, rest };
}

/** The first sentence (or line) of a text, shortened at a word to TITLE_MAX characters. */
export function firstSentence(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  const end = /[.!?…](?=[\s\u00A0\u202F]|$)/u.exec(line);
  let sentence = end ? line.slice(0, end.index + 1) : line;
  if (sentence.length > TITLE_MAX) {
    const cut = sentence.slice(0, TITLE_MAX - 1);
    const space = cut.lastIndexOf(' ');
    sentence = `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
  }
  return sentence.replace(/[.;:]$/u, '').trim();
}

/** A heading's title without the number a report gives it (« 3. », « Recommandation 3 : »): Palabre numbers them itself. */
function withoutNumber(title: string): string {
  const stripped = title.replace(/^(?:(?:recommandation|recommendation)\s+)?\d{1,3}(?:\.\d{1,3})*[.):]?[\s\u00A0\u202F]+(?:[:–—-][\s\u00A0\u202F]+)?/iu, '');
  return stripped.trim() ? stripped : title;
}

function cleanLine(text: string): string {
  return text.replace(/[\s\u00A0]*\n[\s\u00A0]*/g, ' ').replace(/[ \t]+/g, ' ').trim();
}
