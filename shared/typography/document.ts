/**
 * French typography on a whole serialized document: every text node of every block, as the meeting's
 * typography setting asks on save. Pure and idempotent, like applyFrenchTypography.
 *
 * A block's text is often split into several text nodes (bold, italic, a link): « l’alerte » in bold
 * and « ; » in the next node. So the typography is applied to the block's text as a whole, then the
 * result is handed back to the nodes. That is exact because French typography only ever changes
 * spaces (adding, removing or replacing them) and straight apostrophes: every other character keeps
 * its node and its format. A space the rules add goes to the node of the sign it precedes.
 */
import { BLOCK_TYPES, type SerializedDocument, type SerializedNode } from '../document/lexicalJson';
import { applyFrenchTypography } from './french';

/** Lexical's format bit for inline code: code is left exactly as typed. */
const CODE_FORMAT = 16;

export function applyFrenchTypographyToDocument(doc: SerializedDocument): SerializedDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as SerializedDocument;
  applyFrenchTypographyInPlace(copy);
  return copy;
}

/** The same, on a document the caller owns (a copy it just made): no second copy on every save. */
export function applyFrenchTypographyInPlace(doc: SerializedDocument): void {
  const stack: SerializedNode[] = [doc.root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (BLOCK_TYPES.has(node.type)) for (const run of textRuns(node)) typesetRun(run);
    for (const child of node.children ?? []) if (child.children) stack.push(child);
  }
}

/**
 * The block's text nodes in reading order (inside links too), cut into runs at what typography must
 * not see across: line breaks, tabs and inline code. Nested blocks are left to their own turn.
 */
function textRuns(block: SerializedNode): SerializedNode[][] {
  const runs: SerializedNode[][] = [[]];
  const visit = (children: SerializedNode[]) => {
    for (const child of children) {
      if (child.type === 'text' && typeof child.text === 'string' && !isCode(child)) runs.at(-1)!.push(child);
      else if (child.type === 'text' || child.type === 'linebreak' || child.type === 'tab') runs.push([]);
      else if (!BLOCK_TYPES.has(child.type) && child.type !== 'list' && child.children) visit(child.children);
    }
  };
  visit(block.children ?? []);
  return runs.filter((run) => run.length > 0);
}

function isCode(node: SerializedNode): boolean {
  return typeof node.format === 'number' && (node.format & CODE_FORMAT) !== 0;
}

/** Spaces the French rules add, remove or replace. */
const SPACE = /^[ \u00A0\u202F]$/;

function typesetRun(nodes: SerializedNode[]): void {
  const texts = nodes.map((n) => n.text as string);
  const joined = texts.join('');
  const fixed = applyFrenchTypography(joined);
  // Most blocks are already typeset (every save passes here): nothing more to work out.
  if (fixed === joined) return;
  const owner: number[] = texts.flatMap((text, i) => Array.from({ length: text.length }, () => i));

  const before = signIndices(joined);
  const after = signIndices(fixed);
  const sameSigns =
    before.length === after.length &&
    before.every((at, k) => {
      const a = joined[at]!;
      const b = fixed[after[k]!]!;
      return a === b || (a === "'" && b === '\u2019');
    });
  if (!sameSigns) {
    // Not a change of spaces and apostrophes only (never expected): fix each node on its own.
    nodes.forEach((n) => (n.text = applyFrenchTypography(n.text as string)));
    return;
  }

  const out = nodes.map(() => '');
  for (let k = 0; k <= before.length; k++) {
    // The spaces between sign k-1 and sign k, before and after the fix.
    const oldFrom = k === 0 ? 0 : before[k - 1]! + 1;
    const oldTo = k === before.length ? joined.length : before[k]!;
    const newFrom = k === 0 ? 0 : after[k - 1]! + 1;
    const newTo = k === after.length ? fixed.length : after[k]!;
    const spaces = fixed.slice(newFrom, newTo);
    if (spaces) {
      // Spaces stay with the node that had them; added ones go to the sign they precede.
      const holder = oldTo > oldFrom ? owner[oldFrom]! : k < before.length ? owner[before[k]!]! : owner[before[k - 1]!]!;
      out[holder] += spaces;
    }
    if (k < before.length) out[owner[before[k]!]!] += fixed[after[k]!]!;
  }
  nodes.forEach((n, i) => (n.text = out[i]));
}

/** Indices (UTF-16 units) of the characters of a string that are not spaces. */
function signIndices(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (!SPACE.test(s[i]!)) out.push(i);
  return out;
}
