/** The outline of a report, as the export dialog previews it. */
import type { RecommendationStatus } from '../domain/types';

export interface ReportOutline {
  /** The state previewed: a milestone, or null for now. */
  milestone: { id: string; name: string; createdAt: string } | null;
  committees: Array<{
    name: string;
    /**
     * In reading order. A review copy or a table also shows, where they stood, the recommendations
     * removed since the comparison milestone (`removed`: their number and title of then).
     */
    recommendations: Array<{ id: string; number: string; title: string; status: RecommendationStatus; removed?: true }>;
  }>;
  /** The recommendations the report exports (the removed ones are shown, not exported). */
  recommendationCount: number;
  participantCount: number;
  delegationCount: number;
}
