/**
 * Unresolved conflicts of the meeting shown, counted per recommendation: loaded once by the meeting
 * page, read by its links and by each recommendation row. null while loading (nothing is shown).
 */
import { createContext, useContext, useEffect, useState } from 'react';
import { api, settle } from '../../api/client';

export type ConflictCounts = Readonly<Record<string, number>>;

export const OpenConflictsContext = createContext<ConflictCounts | null>(null);

/** `refresh`: a number changed to load them again (after an import). */
export function useOpenConflictCounts(meetingId: string, refresh = 0): ConflictCounts | null {
  const [counts, setCounts] = useState<ConflictCounts | null>(null);
  useEffect(() => {
    let live = true;
    void settle(() => api().conflict.list({ meetingId })).then((result) => {
      if (!live || !result.ok) return;
      const next: Record<string, number> = {};
      for (const c of result.value) next[c.recommendationId] = (next[c.recommendationId] ?? 0) + 1;
      setCounts(next);
    });
    return () => {
      live = false;
    };
  }, [meetingId, refresh]);
  return counts;
}

/** The meeting's total of unresolved conflicts (null while loading). */
export function useOpenConflictTotal(): number | null {
  const counts = useContext(OpenConflictsContext);
  return counts === null ? null : Object.values(counts).reduce((a, b) => a + b, 0);
}

export function useOpenConflictsOf(recommendationId: string): number {
  return useContext(OpenConflictsContext)?.[recommendationId] ?? 0;
}
