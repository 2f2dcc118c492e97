/** The outline of a report, as the export dialog previews it. */
import type { RecommendationStatus } from '../domain/types';

export interface ReportOutline {
  /** The state previewed: a milestone, or null for now. */
  milestone: { id: string; name: string; createdAt: string } | null;
  committees: Array<{
    name: string;
    recommendations: Array<{ id: string; number: string; title: string; status: RecommendationStatus }>;
  }>;
  recommendationCount: number;
  participantCount: number;
  delegationCount: number;
}
