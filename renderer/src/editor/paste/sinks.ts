/**
 * Where the cleaner puts what it converts (cleanHtml.ts): the document's body, a list item, or a
 * table cell, each with its own rule for what separates two blocks.
 */

/** Where converted content goes: the current paragraph, or a block beside it. */
export interface Sink {
  readonly doc: Document;
  /** The element inline content is appended to (a paragraph is opened if needed). */
  inline(): HTMLElement;
  /** True when some inline content is open and not empty (a space is then worth keeping). */
  hasInline(): boolean;
  /** Ends the current paragraph: what follows starts a new one. */
  endBlock(): void;
  /** Appends a block (a list) at this level. */
  appendBlock(block: HTMLElement): void;
}

export class RootSink implements Sink {
  private current: HTMLElement | null = null;
  readonly doc: Document;
  constructor(private readonly body: HTMLElement) {
    this.doc = body.ownerDocument;
  }
  inline(): HTMLElement {
    if (!this.current) {
      this.current = this.doc.createElement('p');
      this.body.append(this.current);
    }
    return this.current;
  }
  hasInline(): boolean {
    return this.current !== null && (this.current.textContent ?? '').length > 0;
  }
  endBlock(): void {
    this.current = null;
  }
  appendBlock(block: HTMLElement): void {
    this.current = null;
    this.body.append(block);
  }
}

/** Inside a list item: blocks inside it run on, separated by line breaks. */
export class ItemSink implements Sink {
  private needsBreak = false;
  readonly doc: Document;
  constructor(private readonly item: HTMLElement) {
    this.doc = item.ownerDocument;
  }
  inline(): HTMLElement {
    if (this.needsBreak && (this.item.textContent ?? '').trim().length > 0 && !this.item.querySelector(':scope > ul, :scope > ol')) {
      this.item.append(this.doc.createElement('br'));
    }
    this.needsBreak = false;
    return this.item;
  }
  hasInline(): boolean {
    return (this.item.textContent ?? '').length > 0;
  }
  endBlock(): void {
    this.needsBreak = true;
  }
  appendBlock(block: HTMLElement): void {
    this.item.append(block);
    this.needsBreak = false;
  }
}

/** Inside a table cell: everything runs on in one line of text. */
export class FlatSink implements Sink {
  private needsSpace = false;
  readonly doc: Document;
  constructor(private readonly parent: Sink) {
    this.doc = parent.doc;
  }
  inline(): HTMLElement {
    const target = this.parent.inline();
    if (this.needsSpace && this.parent.hasInline()) target.append(this.doc.createTextNode(' '));
    this.needsSpace = false;
    return target;
  }
  hasInline(): boolean {
    return this.parent.hasInline();
  }
  endBlock(): void {
    this.needsSpace = true;
  }
  appendBlock(block: HTMLElement): void {
    const items = [...block.querySelectorAll('li')].map((li) => (li.textContent ?? '').trim()).filter(Boolean);
    if (items.length > 0) this.inline().append(this.doc.createTextNode(items.join(' ; ')));
    this.needsSpace = true;
  }
}
