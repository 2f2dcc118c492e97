/**
 * A stored rich-text document (Lexical JSON) shown read-only: paragraphs, headings, quotes, lists,
 * bold/italic/underline, links as plain text. Built as React elements from the JSON, so nothing in
 * a document is ever interpreted as markup, and no editor is mounted just to display a text.
 */
import type { ReactNode } from 'react';
import { TEXT_FORMAT, type SerializedDocument, type SerializedNode } from '../../../shared/document/lexicalJson';

export function DocumentView({ doc, className }: { doc: SerializedDocument; className?: string }) {
  return <div className={`document-view${className ? ` ${className}` : ''}`}>{doc.root.children.map((node, index) => renderBlock(node, index))}</div>;
}

/** True when the document holds no visible text. */
export function isEmptyDocument(doc: SerializedDocument | null): boolean {
  if (!doc) return true;
  const stack: SerializedNode[] = [...doc.root.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node.text === 'string' && node.text.trim()) return false;
    if (node.children) stack.push(...node.children);
  }
  return true;
}

function renderBlock(node: SerializedNode, key: number): ReactNode {
  const children = renderChildren(node);
  switch (node.type) {
    case 'heading':
      return (
        <p key={key} className="doc-heading">
          <strong>{children}</strong>
        </p>
      );
    case 'quote':
      return <blockquote key={key}>{children}</blockquote>;
    case 'list': {
      const items = (node.children ?? []).map((child, index) => renderBlock(child, index));
      return node.listType === 'number' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'listitem':
      return <li key={key}>{children}</li>;
    default:
      return <p key={key}>{children}</p>;
  }
}

function renderChildren(node: SerializedNode): ReactNode[] {
  return (node.children ?? []).map((child, index) => renderInline(child, index));
}

function renderInline(node: SerializedNode, key: number): ReactNode {
  if (node.type === 'text') {
    const format = typeof node.format === 'number' ? node.format : 0;
    let content: ReactNode = node.text ?? '';
    if (format & TEXT_FORMAT.underline) content = <u>{content}</u>;
    if (format & TEXT_FORMAT.italic) content = <em>{content}</em>;
    if (format & TEXT_FORMAT.bold) content = <strong>{content}</strong>;
    return <span key={key}>{content}</span>;
  }
  if (node.type === 'linebreak') return <br key={key} />;
  if (node.type === 'tab') return <span key={key}>{'\t'}</span>;
  // A nested list inside a list item, or a link: its content, in place.
  if (node.type === 'list') return renderBlock(node, key);
  return <span key={key}>{renderChildren(node)}</span>;
}
