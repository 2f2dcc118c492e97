/**
 * Counts the renders committed by a few large components, for the browser tests that check that a
 * keystroke in the editor does not redraw the page around it. Off unless the page defines
 * `window.__palabreRenderCounts` (a test does, before typing): in normal use nothing is counted.
 */
import { useEffect } from 'react';

type CountingWindow = Window & { __palabreRenderCounts?: Record<string, number> };

export function useRenderCount(name: string): void {
  // No dependency list: runs after every commit of the component, which is what is counted.
  useEffect(() => {
    const counts = (window as CountingWindow).__palabreRenderCounts;
    if (counts) counts[name] = (counts[name] ?? 0) + 1;
  });
}
