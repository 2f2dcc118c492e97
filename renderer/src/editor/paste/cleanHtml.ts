/**
 * Pasted HTML (Word, LibreOffice, web pages, Google Docs) rewritten into the little the editor
 * supports, before Lexical imports it: paragraphs, bulleted and numbered lists (nested), bold,
 * italic, underline, line breaks and links with a safe scheme. Built by construction, from an
 * allow-list: nothing of the source survives unless it is written anew here, so styles, classes,
 * fonts, colours, ids, event handlers, images, scripts and forms are gone.
 *
 * - Headings become bold paragraphs; quotes, preformatted text and page sections become paragraphs.
 * - A table becomes text: one paragraph per row, cells separated by « – ».
 * - Word's lists (paragraphs styled `mso-list: l0 level2`, with the bullet or number as a hidden
 *   marker) become real nested lists; the markers are dropped.
 * - A link whose address is not https:, http: or mailto: keeps its text and loses the link.
 * - Blank paragraphs (Word's spacing) are dropped; white space is collapsed as a browser would.
 *
 * DOMParser documents are inert: nothing in them runs or loads.
 */
import { isSafeUrl } from '../links';
import { FlatSink, ItemSink, RootSink, type Sink } from './sinks';
import { tidy } from './tidy';

interface Format {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  href: string | null;
  pre: boolean;
}

const PLAIN: Format = { bold: false, italic: false, underline: false, href: null, pre: false };

/** Elements dropped with everything inside them. */
const DROP = new Set([
  'script', 'style', 'template', 'noscript', 'head', 'title', 'meta', 'link', 'base', 'img', 'picture', 'svg', 'math',
  'video', 'audio', 'source', 'track', 'canvas', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'map',
  'area', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'progress', 'meter',
  'dialog', 'hr', 'colgroup', 'col', 'rp', 'rt', 'xml',
]);

/** Elements that make a block of their own. */
const BLOCKS = new Set([
  'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'section', 'article', 'header', 'footer', 'main',
  'aside', 'nav', 'address', 'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd', 'center', 'fieldset',
  'legend', 'form', 'caption', 'li', 'body', 'html', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * A parsed document inherits the page's content security policy, which refuses inline styles and
 * event handlers (and says so in the console for each one): they are renamed before parsing (and
 * style sheets removed), so the
 * styles can still be read (`data-paste-style`) and the handlers are inert names.
 */
export function neutralizeInlineAttributes(html: string): string {
  return html.replace(/(<[a-zA-Z][^<>]*?\s)(style|on[a-z]+)(\s*=)/g, (_whole, head: string, name: string, eq: string) => `${head}data-paste-${name}${eq}`);
}

/** Parses pasted HTML and returns a new, clean document holding only what the editor supports. */
export function cleanPastedHtml(html: string): Document {
  // Style sheets would be refused the same way; they are dropped anyway. Each tag may carry
  // several inline attributes: rename until none is left.
  let safe = html.replace(/<style\b[\s\S]*?<\/style\s*>/gi, '');
  for (let i = 0; i < 8; i++) {
    const next = neutralizeInlineAttributes(safe);
    if (next === safe) break;
    safe = next;
  }
  const source = new DOMParser().parseFromString(safe, 'text/html');
  return cleanHtmlDocument(source);
}

function styleOf(element: Element): string {
  return element.getAttribute('data-paste-style') ?? element.getAttribute('style') ?? '';
}

export function cleanHtmlDocument(source: Document): Document {
  const out = document.implementation.createHTMLDocument('');
  const sink = new RootSink(out.body);
  walkChildren(source.body, PLAIN, sink);
  tidy(out.body);
  return out;
}

function walkChildren(parent: Node, format: Format, sink: Sink): void {
  const children = [...parent.childNodes];
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    // A run of Word list paragraphs becomes one list.
    if (wordListLevel(child) !== null) {
      const run: Element[] = [];
      let j = i;
      for (; j < children.length; j++) {
        const node = children[j]!;
        if (wordListLevel(node) !== null) run.push(node as Element);
        else if (!(node.nodeType === Node.TEXT_NODE && !(node.textContent ?? '').trim()) && node.nodeType !== Node.COMMENT_NODE) break;
      }
      for (const list of wordLists(run, format, sink.doc)) sink.appendBlock(list);
      i = j - 1;
      continue;
    }
    walk(child, format, sink);
  }
}

function walk(node: Node, format: Format, sink: Sink): void {
  if (node.nodeType === Node.TEXT_NODE) {
    emitText(node.textContent ?? '', format, sink);
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const element = node as Element;
  const tag = element.localName.toLowerCase();
  // VML (Word's drawings and image placeholders) goes with the images.
  if (DROP.has(tag) || tag.startsWith('v:')) return;
  const style = styleOf(element);
  if (/display\s*:\s*none|mso-hide\s*:\s*all|visibility\s*:\s*hidden/i.test(style)) return;
  // Word's list marker (bullet or number), shown only when lists are not supported.
  if (/mso-list\s*:\s*ignore/i.test(style)) return;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return;

  if (tag === 'br') {
    sink.inline().append(sink.doc.createElement('br'));
    return;
  }
  if (tag === 'ul' || tag === 'ol' || tag === 'menu' || tag === 'dir') {
    sink.appendBlock(convertList(element, tag === 'ol', format, sink.doc));
    return;
  }
  if (tag === 'table') {
    convertTable(element, format, sink);
    return;
  }
  if (BLOCKS.has(tag)) {
    sink.endBlock();
    const inner = HEADINGS.has(tag) ? { ...format, bold: true } : tag === 'pre' ? { ...format, pre: true } : format;
    walkChildren(element, inner, sink);
    sink.endBlock();
    return;
  }
  walkChildren(element, inlineFormat(element, tag, style, format), sink);
}

function inlineFormat(element: Element, tag: string, style: string, format: Format): Format {
  const next = { ...format };
  if (tag === 'b' || tag === 'strong') next.bold = !/font-weight\s*:\s*(normal|lighter|[1-4]00)\b/i.test(style);
  if (tag === 'i' || tag === 'em' || tag === 'cite' || tag === 'dfn' || tag === 'var') next.italic = true;
  if (tag === 'u' || tag === 'ins') next.underline = true;
  if (/font-weight\s*:\s*(bold|bolder|[6-9]00)\b/i.test(style)) next.bold = true;
  else if (tag !== 'b' && tag !== 'strong' && /font-weight\s*:\s*(normal|lighter|[1-4]00)\b/i.test(style)) next.bold = false;
  if (/font-style\s*:\s*(italic|oblique)/i.test(style)) next.italic = true;
  else if (/font-style\s*:\s*normal/i.test(style)) next.italic = false;
  const decoration = /text-decoration(?:-line)?\s*:\s*([^;]+)/i.exec(style)?.[1] ?? '';
  if (/underline/i.test(decoration)) next.underline = true;
  else if (/none/i.test(decoration)) next.underline = false;
  if (tag === 'a' && !format.href) {
    const href = (element.getAttribute('href') ?? '').trim();
    if (href && isSafeUrl(href)) next.href = new URL(href).href;
  }
  return next;
}

function emitText(raw: string, format: Format, sink: Sink): void {
  const text = format.pre ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[ \t\n\r\f]+/g, ' ');
  if (!text) return;
  // White space between blocks is not content.
  if (!format.pre && text === ' ' && !sink.hasInline()) return;
  const target = sink.inline();
  const doc = sink.doc;
  const lines = format.pre ? text.split('\n') : [text];
  lines.forEach((line, index) => {
    if (index > 0) target.append(doc.createElement('br'));
    if (!line) return;
    let node: Node = doc.createTextNode(line);
    for (const [on, tag] of [
      [format.underline, 'u'],
      [format.italic, 'em'],
      [format.bold, 'strong'],
    ] as const) {
      if (!on) continue;
      const wrapper = doc.createElement(tag);
      wrapper.append(node);
      node = wrapper;
    }
    if (format.href) {
      const link = doc.createElement('a');
      link.setAttribute('href', format.href);
      link.append(node);
      node = link;
    }
    target.append(node);
  });
}

function convertList(source: Element, ordered: boolean, format: Format, doc: Document): HTMLElement {
  const list = doc.createElement(ordered ? 'ol' : 'ul');
  let lastItem: HTMLElement | null = null;
  for (const child of [...source.childNodes]) {
    if (child.nodeType === Node.ELEMENT_NODE) {
      const element = child as Element;
      const tag = element.localName.toLowerCase();
      if (tag === 'li') {
        lastItem = doc.createElement('li');
        list.append(lastItem);
        walkChildren(element, format, new ItemSink(lastItem));
        continue;
      }
      if (tag === 'ul' || tag === 'ol') {
        // A list directly inside a list (invalid, but common): it belongs to the item before it.
        if (!lastItem) {
          lastItem = doc.createElement('li');
          list.append(lastItem);
        }
        lastItem.append(convertList(element, tag === 'ol', format, doc));
        continue;
      }
    }
    if (child.nodeType === Node.TEXT_NODE && !(child.textContent ?? '').trim()) continue;
    if (child.nodeType === Node.COMMENT_NODE) continue;
    lastItem = doc.createElement('li');
    list.append(lastItem);
    walk(child, format, new ItemSink(lastItem));
  }
  return list;
}

function convertTable(table: Element, format: Format, sink: Sink): void {
  const caption = [...table.children].find((child) => child.localName.toLowerCase() === 'caption');
  if (caption) {
    sink.endBlock();
    walkChildren(caption, format, sink);
    sink.endBlock();
  }
  const rows = [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table);
  for (const row of rows) {
    sink.endBlock();
    const cells = [...row.children].filter((cell) => /^(td|th)$/i.test(cell.localName) && (cell.textContent ?? '').trim());
    const flat = new FlatSink(sink);
    cells.forEach((cell, index) => {
      if (index > 0) {
        sink.inline().append(sink.doc.createTextNode(' – '));
      }
      walkChildren(cell, format, flat);
    });
    sink.endBlock();
  }
}

/** The level of a Word list paragraph (`mso-list: l0 level2 lfo1`), or null. */
function wordListLevel(node: Node): number | null {
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  if (!/^(p|h[1-6]|div)$/i.test(element.localName)) return null;
  const match = /mso-list\s*:\s*l\d+\s+level(\d+)/i.exec(styleOf(element));
  return match ? Number(match[1]) : null;
}

/** Whether a Word list paragraph is numbered, from its hidden marker (« 1. », « a) », « iv. »). */
function wordListOrdered(element: Element): boolean {
  const marker = [...element.querySelectorAll('*')].find((el) => /mso-list\s*:\s*ignore/i.test(styleOf(el)));
  const text = (marker?.textContent ?? '').replace(/\u00A0/g, ' ').trim();
  return /^[([]?([0-9]+|[a-z]|[ivxlcdm]+)[.)\]]/i.test(text);
}

function wordLists(run: Element[], format: Format, doc: Document): HTMLElement[] {
  const roots: HTMLElement[] = [];
  const stack: Array<{ level: number; list: HTMLElement; last: HTMLElement | null }> = [];
  for (const paragraph of run) {
    const level = wordListLevel(paragraph)!;
    while (stack.length > 0 && stack.at(-1)!.level > level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < level) {
      const list = doc.createElement(wordListOrdered(paragraph) ? 'ol' : 'ul');
      if (top?.last) top.last.append(list);
      else roots.push(list);
      top = { level, list, last: null };
      stack.push(top);
    }
    const item = doc.createElement('li');
    top.list.append(item);
    top.last = item;
    walkChildren(paragraph, format, new ItemSink(item));
  }
  return roots;
}
