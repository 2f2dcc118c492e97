/**
 * What the user is looking for in a meeting (search words and filters), kept while they open a
 * recommendation and come back, for as long as the window is open.
 */
import { useEffect, useState } from 'react';
import type { MeetingDetail, RecommendationFilters } from '../../../../shared/domain/types';

export interface MeetingView {
  query: string;
  filters: RecommendationFilters;
}

const EMPTY: MeetingView = { query: '', filters: {} };
const views = new Map<string, MeetingView>();

export function useMeetingView(meetingId: string): [MeetingView, (update: (view: MeetingView) => MeetingView) => void] {
  const [view, setView] = useState<MeetingView>(() => views.get(meetingId) ?? EMPTY);
  useEffect(() => {
    views.set(meetingId, view);
  }, [meetingId, view]);
  return [view, setView];
}

/**
 * Filters without their empty values, as the api and the list take them; a committee or an author
 * that has left the meeting since the filter was chosen filters nothing any more.
 */
export function cleanFilters(filters: RecommendationFilters, meeting: MeetingDetail): RecommendationFilters {
  const out: RecommendationFilters = {};
  if (filters.committeeId && meeting.committees.some((c) => c.id === filters.committeeId)) out.committeeId = filters.committeeId;
  if (filters.status && filters.status.length > 0) out.status = filters.status;
  if (filters.authorId && meeting.participants.some((p) => p.id === filters.authorId)) out.authorId = filters.authorId;
  if (filters.delegation) out.delegation = filters.delegation;
  if (filters.addressee) out.addressee = filters.addressee;
  return out;
}
