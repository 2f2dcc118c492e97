/**
 * Applies a demo revision to a serialized document the way an expert's edit in the editor would:
 * text replaced inside its paragraph, new paragraphs with new ids, every other paragraph (and its
 * stable id) untouched. A replacement that finds nothing is a mistake in the demo script, not
 * something to skip silently.
 */
import {
  paragraphNode,
  textNode,
  type SerializedDocument,
  type SerializedNode,
} from '../../../../shared/document/lexicalJson';
import type { DemoRevision } from './types';
import { applyFrenchTypography as typeset } from '../../../../shared/typography/french';

export function applyRevision(doc: SerializedDocument, revision: DemoRevision, newId: () => string): SerializedDocument {
  const copy = JSON.parse(JSON.stringify(doc)) as SerializedDocument;
  for (const [from, to] of revision.replace ?? []) {
    const target = typeset(from);
    const node = textNodes(copy).find((n) => n.text!.includes(target));
    if (!node) throw new Error(`demo script: "${from}" not found`);
    node.text = node.text!.replace(target, typeset(to));
  }
  for (const { text, after } of revision.add ?? []) {
    const paragraphs = copy.root.children;
    let index = paragraphs.length - 1;
    if (after !== undefined) {
      const anchor = typeset(after);
      index = paragraphs.findIndex((p) => (p.children ?? []).some((c) => c.text?.includes(anchor)));
      if (index < 0) throw new Error(`demo script: "${after}" not found`);
    }
    paragraphs.splice(index + 1, 0, paragraphNode([textNode(typeset(text))], newId()));
  }
  return copy;
}

function textNodes(doc: SerializedDocument): SerializedNode[] {
  return doc.root.children.flatMap((p) => (p.children ?? []).filter((c) => c.type === 'text' && typeof c.text === 'string'));
}
