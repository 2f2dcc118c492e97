/**
 * Word → HTML (mammoth) → sanitised HTML (DOMPurify over a happy-dom window) → the small block
 * model of shared/docxImport/model.ts. mammoth does no sanitising at all (a `javascript:` link comes
 * through as written), so DOMPurify keeps only the tags the editor has and links to http, https or
 * mailto; every attribute but href goes. The DOM is walked once, bounded, and thrown away.
 */
import createDOMPurify from 'dompurify';
import { Window } from 'happy-dom';
import mammoth from 'mammoth';
import { TEXT_FORMAT } from '../../../../shared/document/lexicalJson';
import type { ImportedBlock, ListBlock, ListItem, Run } from '../../../../shared/docxImport/model';
import { PalabreError } from '../../../../shared/errors';
import { cleanText } from '../../../../shared/text';

export const HTML_LIMITS = {
  /** mammoth's output. */
  maxHtmlChars: 30 * 1024 * 1024,
  /** Nodes walked in the sanitised DOM. */
  maxNodes: 300_000,
  maxDepth: 40,
} as const;

const ALLOWED_TAGS = ['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'strong', 'b', 'em', 'i', 'u', 's', 'ol', 'ul', 'li', 'a', 'br', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'sup', 'sub', 'div'];
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/**
 * Paragraphs that are a document's apparatus, not its proposals: table-of-contents entries (Word's
 * « toc 1 », LibreOffice's « Contents 1 »), and the cover, contents title, introduction and annex of
 * Palabre's own report (its style names, in French and English) — so that a report sent back as a
 * contribution yields its recommendations, not its cover page and participant list.
 */
const IGNORED_STYLE_PREFIXES = ['toc ', 'TOC ', 'Contents ', 'Table des matières', 'Couverture', 'Cover —'];
const IGNORED_STYLES = [
  'TOC Heading',
  'Contents Heading',
  'Titre de la table des matières',
  'Contents heading',
  'Corps de texte Palabre',
  'Palabre body text',
  // The addressees, lead actors and horizon under each recommendation of the report: fields, not text.
  'Champs de la recommandation',
  'Recommendation fields',
  'Note',
  'Délégation',
  'Delegation',
  'Participant',
];
const NOT_CONTRIBUTIONS = [
  ...IGNORED_STYLE_PREFIXES.map((prefix) => `p[style-name^='${prefix}'] => !`),
  ...IGNORED_STYLES.map((name) => `p[style-name='${name}'] => !`),
];

/**
 * The Word document's text as HTML, as mammoth writes it (not yet sanitised). Runs inside the parse
 * worker (parseWorker.ts), whose host bounds its time and memory: mammoth's synchronous steps could
 * not be interrupted from here.
 */
export async function docxToHtml(cleanZip: Uint8Array): Promise<string> {
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(cleanZip) },
      {
        // mammoth leaves underline out unless asked; strikethrough too.
        styleMap: ['u => u', 'strike => s', ...NOT_CONTRIBUTIONS],
        // Images are not imported: nothing of them is read.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
      },
    );
    if (result.value.length > HTML_LIMITS.maxHtmlChars) throw new PalabreError('docx_too_large', { fr: 'texte trop long', en: 'text too long' });
    return result.value;
  } catch (error) {
    if (error instanceof PalabreError) throw error;
    // mammoth recurses into nested elements: a structure nested thousands deep overflows its stack.
    if (error instanceof RangeError) throw new PalabreError('docx_too_large', { fr: 'structure trop imbriquée', en: 'structure nested too deep' });
    throw new PalabreError('docx_unreadable', { fr: 'contenu Word illisible', en: 'unreadable Word content' });
  }
}

/** Sanitises mammoth's HTML and reads it into blocks. */
export function htmlToBlocks(html: string): ImportedBlock[] {
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true } });
  try {
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    // Wrapped: happy-dom's parser, under DOMPurify, loses the tag of the very first element (its
    // text stays). The wrapper is the one that may lose it; the reader treats it as a container.
    const body = purify.sanitize(`<div>${html}</div>`, {
      ALLOWED_TAGS,
      ALLOWED_ATTR: ['href'],
      ALLOWED_URI_REGEXP: SAFE_LINK,
      ALLOW_DATA_ATTR: false,
      RETURN_DOM: true,
    }) as unknown as DomNode;
    return new BlockReader().read(body);
  } finally {
    void window.happyDOM.close();
  }
}

/** The little of the DOM the reader uses. */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const ELEMENT = 1;
const TEXT = 3;

class BlockReader {
  private nodes = 0;

  read(root: DomNode): ImportedBlock[] {
    const blocks: ImportedBlock[] = [];
    this.blocksOf(root, blocks, 0);
    return blocks;
  }

  private count(depth: number): void {
    if (++this.nodes > HTML_LIMITS.maxNodes || depth > HTML_LIMITS.maxDepth) {
      throw new PalabreError('docx_too_large', { fr: 'structure trop complexe', en: 'structure too complex' });
    }
  }

  /** Block-level content: headings, paragraphs, lists; tables and quotes give their cells' paragraphs. */
  private blocksOf(parent: DomNode, out: ImportedBlock[], depth: number): void {
    let loose: Run[] = [];
    const flush = () => {
      if (loose.some((r) => r.text.trim())) out.push({ kind: 'paragraph', runs: loose });
      loose = [];
    };
    for (const node of Array.from(parent.childNodes)) {
      this.count(depth);
      const tag = node.nodeType === ELEMENT ? node.nodeName.toLowerCase() : '';
      if (/^h[1-6]$/.test(tag)) {
        flush();
        out.push({ kind: 'heading', level: Number(tag[1]), runs: this.runsOf(node, 0, undefined, depth + 1) });
      } else if (tag === 'p') {
        flush();
        out.push({ kind: 'paragraph', runs: this.runsOf(node, 0, undefined, depth + 1) });
      } else if (tag === 'ol' || tag === 'ul') {
        flush();
        out.push(this.listOf(node, depth + 1));
      } else if (['div', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'blockquote', 'li'].includes(tag)) {
        flush();
        this.blocksOf(node, out, depth + 1);
      } else {
        loose.push(...this.inlineOf(node, 0, undefined, depth + 1));
      }
    }
    flush();
  }

  private listOf(list: DomNode, depth: number): ListBlock {
    const block: ListBlock = { kind: 'list', ordered: list.nodeName.toLowerCase() === 'ol', items: [] };
    for (const node of Array.from(list.childNodes)) {
      this.count(depth);
      if (node.nodeType !== ELEMENT || node.nodeName.toLowerCase() !== 'li') continue;
      const item: ListItem = { runs: [], lists: [] };
      for (const child of Array.from(node.childNodes)) {
        this.count(depth + 1);
        const tag = child.nodeType === ELEMENT ? child.nodeName.toLowerCase() : '';
        if (tag === 'ol' || tag === 'ul') item.lists.push(this.listOf(child, depth + 2));
        else if (tag === 'p') {
          if (item.runs.length > 0) item.runs.push({ text: '\n', format: 0 });
          item.runs.push(...this.runsOf(child, 0, undefined, depth + 2));
        } else item.runs.push(...this.inlineOf(child, 0, undefined, depth + 2));
      }
      block.items.push(item);
    }
    return block;
  }

  private runsOf(element: DomNode, format: number, href: string | undefined, depth: number): Run[] {
    const runs: Run[] = [];
    for (const node of Array.from(element.childNodes)) runs.push(...this.inlineOf(node, format, href, depth));
    return runs;
  }

  private inlineOf(node: DomNode, format: number, href: string | undefined, depth: number): Run[] {
    this.count(depth);
    if (node.nodeType === TEXT) {
      const text = cleanText(node.textContent ?? '').replace(/[\r\n\t]+/g, ' ');
      return text ? [href ? { text, format, href } : { text, format }] : [];
    }
    if (node.nodeType !== ELEMENT) return [];
    const tag = node.nodeName.toLowerCase();
    if (tag === 'br') return [{ text: '\n', format }];
    let inner = format;
    if (tag === 'strong' || tag === 'b') inner |= TEXT_FORMAT.bold;
    else if (tag === 'em' || tag === 'i') inner |= TEXT_FORMAT.italic;
    else if (tag === 'u') inner |= TEXT_FORMAT.underline;
    else if (tag === 's') inner |= TEXT_FORMAT.strikethrough;
    let link = href;
    if (tag === 'a') {
      const target = node.getAttribute?.('href') ?? null;
      // Checked again here: only what is certainly a web or mail address becomes a link.
      link = target && SAFE_LINK.test(target.trim()) ? target.trim() : undefined;
    }
    return this.runsOf(node, inner, link, depth + 1);
  }
}
