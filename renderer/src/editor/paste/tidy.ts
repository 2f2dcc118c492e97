/** The last pass of the paste cleaner (cleanHtml.ts): no empty paragraph, item or list, no stray edge spaces. */

/** Trims paragraphs and items, and drops the ones left with nothing to read. */
export function tidy(body: HTMLElement): void {
  for (const block of [...body.querySelectorAll('p, li')]) {
    trimEdges(block);
    const hasText = (block.textContent ?? '').replace(/[\s\u00A0\u202F]/g, '').length > 0;
    const hasList = block.querySelector('ul, ol') !== null;
    if (!hasText && !hasList) block.remove();
  }
  for (const list of [...body.querySelectorAll('ul, ol')]) if (!list.querySelector('li')) list.remove();
}

function trimEdges(block: Element): void {
  // Trailing line breaks and white space at both ends of the block's own inline content.
  while (block.lastChild && block.lastChild.nodeName === 'BR') block.lastChild.remove();
  const texts: Text[] = [];
  // Only the block's own text: a list nested in an item has its own edges.
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      const list = node.parentElement?.closest('ul, ol');
      return list && block.contains(list) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const first = texts.find((t) => t.data.length > 0);
  if (first) first.data = first.data.replace(/^[\s\u00A0]+/, '');
  const last = [...texts].reverse().find((t) => t.data.length > 0);
  if (last) last.data = last.data.replace(/[\s\u00A0]+$/, '');
}
