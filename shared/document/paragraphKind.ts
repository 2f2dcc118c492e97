/**
 * Preambular and operative paragraphs, as in a resolution: « Considérant… », « Rappelant… » set out
 * the context; the operative paragraphs are the recommendation itself.
 *
 * The kind is a second key of the block's Lexical node state, next to the stable id:
 * `$: { uid, kind: 'preambular' }`. An absent kind means operative, which is also how Lexical
 * serializes a state equal to its default (it leaves it out): so operative is never written, and the
 * same text always has the same JSON, whichever side wrote it.
 */
import { foldForSearch } from '../text';
import { BLOCK_TYPES, blockText, type SerializedDocument, type SerializedNode } from './lexicalJson';

/** Key, inside Lexical's node state, of the paragraph kind. */
export const PARAGRAPH_KIND_KEY = 'kind';

export const PARAGRAPH_KINDS = ['preambular', 'operative'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export const DEFAULT_PARAGRAPH_KIND: ParagraphKind = 'operative';

export function isParagraphKind(value: unknown): value is ParagraphKind {
  return value === 'preambular' || value === 'operative';
}

/** The kind of a block; anything but an explicit 'preambular' is operative. */
export function paragraphKindOf(node: SerializedNode): ParagraphKind {
  return node.$?.[PARAGRAPH_KIND_KEY] === 'preambular' ? 'preambular' : 'operative';
}

/** Another name of `paragraphKindOf`, as the end-to-end tests read it. */
export const getParagraphKind = paragraphKindOf;

/** Sets the kind of a block in place (operative is written as no key at all). */
export function setParagraphKind(node: SerializedNode, kind: ParagraphKind): void {
  const state = { ...(node.$ ?? {}) };
  if (kind === 'preambular') state[PARAGRAPH_KIND_KEY] = 'preambular';
  else delete state[PARAGRAPH_KIND_KEY];
  if (Object.keys(state).length > 0) node.$ = state;
  else delete node.$;
}

/**
 * Openings of preambular paragraphs, in French and English, as regular expressions on the folded
 * text (no accents, no case). French participles and adjectives agree: « Conscients »,
 * « Préoccupée », « Guidés par ».
 */
const AGREES = '(?:e|es|s)?';
const PREAMBULAR_OPENINGS: readonly string[] = [
  // French
  'considerant',
  'rappelant',
  'notant',
  'prenant (?:note|acte)',
  'reconnaissant',
  'soulignant',
  'saluant',
  'se felicitant',
  'ayant',
  'tenant compte',
  'vu',
  'constatant',
  'reaffirmant',
  'affirmant',
  'deplorant',
  'accueillant',
  "gardant a l'esprit",
  'sachant',
  'estimant',
  'insistant',
  'observant',
  'agissant',
  'fermement',
  'profondement',
  `conscient${AGREES}`,
  `preoccupe${AGREES}`,
  `convaincu${AGREES}`,
  `inquiet${AGREES}`,
  `alarme${AGREES}`,
  'soucieu(?:x|se|ses)',
  'desireu(?:x|se|ses)',
  `determine${AGREES}`,
  `resolu${AGREES}`,
  `guide${AGREES} par`,
  // English
  'considering',
  'recalling',
  'noting',
  'taking note',
  'recogni[sz]ing',
  'acknowledging',
  'bearing in mind',
  'welcoming',
  'emphasi[sz]ing',
  'stressing',
  'underlining',
  're-?affirming',
  'affirming',
  'having',
  'taking into (?:account|consideration)',
  '(?:deeply |gravely )?concerned',
  'convinced',
  'aware',
  'conscious',
  'mindful',
  'alarmed',
  'determined',
  'desiring',
  'guided by',
  'expressing',
  'observing',
  'deploring',
  'appreciating',
  'believing',
];

const OPENING_PATTERN = new RegExp(`^(?:${PREAMBULAR_OPENINGS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Proposes a kind for a paragraph from its first words: preambular when it opens like a preambular
 * paragraph (« Considérant que… », « Recalling… »), operative otherwise. Only a proposal: the user
 * sets the kind in the editor.
 */
export function detectKind(text: string): ParagraphKind {
  // Leading quotes, dashes, bullets and spaces do not change what the paragraph is.
  const start = foldForSearch(text)
    .replace(/[\u2019`´]/g, "'")
    .replace(/^[\s\u00A0\u202F«»"“”'‘’(\-–—•*]+/u, '');
  return OPENING_PATTERN.test(start) ? 'preambular' : 'operative';
}

/**
 * A copy of `doc` in which every top-level paragraph without an explicit kind gets the kind its text
 * suggests. Used where text arrives without an editor (the command line, the demo, imports).
 */
export function withDetectedKinds(doc: SerializedDocument): SerializedDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as SerializedDocument;
  for (const node of copy.root.children) {
    if (!BLOCK_TYPES.has(node.type) || node.$?.[PARAGRAPH_KIND_KEY] !== undefined) continue;
    setParagraphKind(node, detectKind(blockText(node)));
  }
  return copy;
}
