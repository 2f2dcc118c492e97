/**
 * The status actions offered in the editor: only the transitions the workflow allows
 * (shared/domain/statusWorkflow.ts), each named by what it does from where the text stands
 * (« Soumettre à l’examen » from a draft, « Renvoyer à l’examen » from an approved text…).
 */
import { nextStatuses, STATUS_STEPS } from '../../../../shared/domain/statusWorkflow';
import type { RecommendationStatus } from '../../../../shared/domain/types';
import type { MessageKey } from '../../i18n/dictionaries';

export interface StatusAction {
  to: RecommendationStatus;
  label: MessageKey;
  /** 'forward' and 'back' have keyboard shortcuts (Ctrl+Alt+Enter, Ctrl+Alt+Backspace). */
  direction: 'forward' | 'back' | 'aside';
}

export function statusActions(from: RecommendationStatus): StatusAction[] {
  const steps: readonly RecommendationStatus[] = STATUS_STEPS;
  const at = steps.indexOf(from);
  const actions = nextStatuses(from).map((to): StatusAction => {
    const target = steps.indexOf(to);
    const direction = to === 'withdrawn' ? 'aside' : at >= 0 && target > at ? 'forward' : 'back';
    return { to, label: actionLabel(from, to), direction };
  });
  // The step forward first (the usual next move), then the step back, then withdrawing.
  const order = { forward: 0, back: 1, aside: 2 } as const;
  return actions.sort((a, b) => order[a.direction] - order[b.direction]);
}

function actionLabel(from: RecommendationStatus, to: RecommendationStatus): MessageKey {
  switch (to) {
    case 'under_review':
      return from === 'draft' ? 'status.actionSubmit' : 'status.actionBackToReview';
    case 'agreed':
      return from === 'adopted' ? 'status.actionUnadopt' : 'status.actionApprove';
    case 'adopted':
      return 'status.actionAdopt';
    case 'withdrawn':
      return 'status.actionWithdraw';
    default:
      return 'status.actionBackToDraft';
  }
}
