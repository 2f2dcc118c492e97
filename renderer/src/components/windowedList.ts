/**
 * Windowing for long lists in a page that scrolls as a whole (the window scrolls, not the list):
 * only the rows near the viewport are in the DOM; the others are stood for by empty gaps of their
 * height (measured once seen, estimated before), so the page keeps its length and its scrollbar.
 * Rows that must stay whatever the scroll (the one holding focus, the one being dragged, one about
 * to be scrolled to) are kept, with a neighbour either side so Tab and Shift+Tab go on in order.
 *
 * The caller renders one element per item directly inside the list element, each row carrying its
 * id in `rowAttribute`, each gap an empty element of the gap's height.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type WindowItem = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

interface Options {
  ids: readonly string[];
  /** The attribute holding a row's id on its element (each row element carries it). */
  rowAttribute: string;
  /** Height of a row not measured yet, in pixels. */
  estimate: number;
  /** How far past each edge of the viewport rows are rendered, in pixels. */
  overscan: number;
  /** Ids of rows that must be in the DOM wherever they are (null and unknown ids are ignored). */
  keep: ReadonlyArray<string | null>;
}

interface Range {
  start: number;
  end: number;
}

interface Layout extends Range {
  /** Heights of the rows measured so far, by id. */
  heights: ReadonlyMap<string, number>;
}

/**
 * Rows rendered before the list's place in the page is known: none. The first layout effect finds
 * where the list is and renders the rows the screen needs, before the first paint; rendering a few
 * rows in every list of a long meeting first would build, lay out and then remove rows no one sees.
 */
const INITIAL_ROWS = 0;

/** offsets[i]: top of row i from the top of the list; offsets[n]: the list's height. */
function offsetsOf(ids: readonly string[], heights: ReadonlyMap<string, number>, estimate: number): number[] {
  const offsets = new Array<number>(ids.length + 1);
  offsets[0] = 0;
  for (let i = 0; i < ids.length; i++) offsets[i + 1] = offsets[i]! + (heights.get(ids[i]!) ?? estimate);
  return offsets;
}

/** The first row ending below `from`, and the first row starting at or below `to`. */
function rangeOf(offsets: readonly number[], from: number, to: number): Range {
  const n = offsets.length - 1;
  const firstAtOrAfter = (y: number, edge: (i: number) => number) => {
    let lo = 0, hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edge(mid) <= y) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const start = firstAtOrAfter(from, (i) => offsets[i + 1]!);
  const end = Math.max(start, firstAtOrAfter(to, (i) => offsets[i]!));
  return { start, end: Math.min(n, end) };
}

export function useWindowedList<E extends HTMLElement>({ ids, rowAttribute, estimate, overscan, keep }: Options) {
  const listRef = useRef<E | null>(null);
  const [layout, setLayout] = useState<Layout>(() => ({ start: 0, end: Math.min(ids.length, INITIAL_ROWS), heights: new Map() }));
  const idsRef = useRef(ids);
  useLayoutEffect(() => {
    idsRef.current = ids;
  });

  const update = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    // Measure what is on screen: a row's height is known from the first time it is rendered.
    const seen = new Map<string, number>();
    for (const row of list.querySelectorAll<HTMLElement>(`:scope > [${rowAttribute}]`)) {
      const id = row.getAttribute(rowAttribute);
      // Fractional heights: gaps of rounded heights would drift the page by a pixel a row.
      const height = row.getBoundingClientRect().height;
      if (id && height > 0) seen.set(id, height);
    }
    const top = list.getBoundingClientRect().top;
    const viewport = window.innerHeight;
    const current = idsRef.current;
    setLayout((previous) => {
      let changed: Map<string, number> | null = null;
      for (const [id, height] of seen) {
        if (previous.heights.get(id) === height) continue;
        changed ??= new Map(previous.heights);
        changed.set(id, height);
      }
      const heights = changed ?? previous.heights;
      const offsets = offsetsOf(current, heights, estimate);
      // Hysteresis: the rows rendered stay while they cover the screen and half the margin either
      // side, and no more than one and a half margins, so a small scroll re-renders nothing and no measure
      // can swing back and forth.
      const needed = rangeOf(offsets, -top - overscan / 2, -top + viewport + overscan / 2);
      const full = rangeOf(offsets, -top - overscan, -top + viewport + overscan);
      const outer = rangeOf(offsets, -top - overscan * 1.5, -top + viewport + overscan * 1.5);
      const kept =
        previous.start <= needed.start && previous.end >= needed.end && previous.start >= outer.start && previous.end <= outer.end;
      if (!changed && kept) return previous;
      const next = kept ? previous : full;
      return { start: next.start, end: next.end, heights };
    });
  }, [rowAttribute, estimate, overscan]);

  // After every render: measure and correct the window before the browser paints.
  useLayoutEffect(update);

  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        update();
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    // Content above the list growing or shrinking (search results, a form) moves it without a scroll.
    const observer = new ResizeObserver(schedule);
    observer.observe(document.body);
    return () => {
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [update]);

  const shown = new Set<number>();
  for (let i = layout.start; i < Math.min(layout.end, ids.length); i++) shown.add(i);
  for (const id of keep) {
    const at = id === null ? -1 : ids.indexOf(id);
    if (at < 0) continue;
    for (const i of [at - 1, at, at + 1]) if (i >= 0 && i < ids.length) shown.add(i);
  }
  const offsets = offsetsOf(ids, layout.heights, estimate);
  const items: WindowItem[] = [];
  let next = 0;
  for (const index of [...shown].sort((a, b) => a - b)) {
    if (index > next) items.push({ kind: 'gap', key: `gap-${next}`, height: offsets[index]! - offsets[next]! });
    items.push({ kind: 'row', index });
    next = index + 1;
  }
  if (next < ids.length) items.push({ kind: 'gap', key: `gap-${next}`, height: offsets[ids.length]! - offsets[next]! });
  return { listRef, items };
}
