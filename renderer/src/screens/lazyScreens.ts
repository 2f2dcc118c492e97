/**
 * The screens loaded on first visit, each in a file of its own: the first screen (the meetings, a
 * meeting's list) must not wait for the browser to read the editor (Lexical), the review, the
 * contributions and the backups. The shell shows « Chargement… » meanwhile (a local file: a blink).
 */
import { lazy } from 'react';

export const RecommendationScreen = lazy(() => import('./recommendation/RecommendationScreen').then((m) => ({ default: m.RecommendationScreen })));
export const TrashScreen = lazy(() => import('./meeting/TrashScreen').then((m) => ({ default: m.TrashScreen })));
export const BackupsScreen = lazy(() => import('./backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
// Review screens (issue 4).
export const AmendmentReviewScreen = lazy(() => import('./review/AmendmentReviewScreen').then((m) => ({ default: m.AmendmentReviewScreen })));
export const AmendmentsScreen = lazy(() => import('./review/AmendmentsScreen').then((m) => ({ default: m.AmendmentsScreen })));
export const AuditScreen = lazy(() => import('./review/AuditScreen').then((m) => ({ default: m.AuditScreen })));
export const MilestonesScreen = lazy(() => import('./review/MilestonesScreen').then((m) => ({ default: m.MilestonesScreen })));
// Contributions between machines (issue 5).
export const ConflictsScreen = lazy(() => import('./exchange/ConflictsScreen').then((m) => ({ default: m.ConflictsScreen })));
export const DuplicatesScreen = lazy(() => import('./exchange/DuplicatesScreen').then((m) => ({ default: m.DuplicatesScreen })));
