/**
 * Hash routes, so that a reload (or the window reopening) keeps the user where they were:
 *   #/                              meetings
 *   #/meeting/<id>                  a meeting
 *   #/meeting/<id>/rec/<recId>      a recommendation in the editor
 *   #/meeting/<id>/trash            the meeting's trash
 * Review screens (issue 4):
 *   #/meeting/<id>/milestones       milestones of the meeting and their comparison
 *   #/meeting/<id>/amendments       the meeting's amendments, pending first
 *   #/meeting/<id>/amendment/<aId>  one amendment, reviewed change by change
 *   #/meeting/<id>/audit            the meeting's audit log
 *   #/backups                       the database's backups
 * Contributions between machines (issue 5):
 *   #/meeting/<id>/conflicts        merge conflicts to resolve, resolved ones apart
 *   #/meeting/<id>/duplicates       probable near-duplicates, to consolidate
 */
export type Route =
  | { name: 'home' }
  | { name: 'meeting'; meetingId: string }
  | { name: 'recommendation'; meetingId: string; recommendationId: string }
  | { name: 'trash'; meetingId: string }
  // Review screens (issue 4).
  | { name: 'milestones'; meetingId: string }
  | { name: 'amendments'; meetingId: string }
  | { name: 'amendment'; meetingId: string; amendmentId: string }
  | { name: 'audit'; meetingId: string }
  | { name: 'backups' }
  // Contributions between machines (issue 5).
  | { name: 'conflicts'; meetingId: string }
  | { name: 'duplicates'; meetingId: string }
  | { name: 'notFound' };

const ID = '[0-9a-fA-F-]{36}';
const MEETING = new RegExp(`^/meeting/(${ID})/?$`);
const RECOMMENDATION = new RegExp(`^/meeting/(${ID})/rec/(${ID})/?$`);
const TRASH = new RegExp(`^/meeting/(${ID})/trash/?$`);
// Review screens (issue 4).
const MILESTONES = new RegExp(`^/meeting/(${ID})/milestones/?$`);
const AMENDMENTS = new RegExp(`^/meeting/(${ID})/amendments/?$`);
const AMENDMENT = new RegExp(`^/meeting/(${ID})/amendment/(${ID})/?$`);
const AUDIT = new RegExp(`^/meeting/(${ID})/audit/?$`);
// Contributions between machines (issue 5).
const CONFLICTS = new RegExp(`^/meeting/(${ID})/conflicts/?$`);
const DUPLICATES = new RegExp(`^/meeting/(${ID})/duplicates/?$`);

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/backups' || path === '/backups/') return { name: 'backups' };
  const rec = RECOMMENDATION.exec(path);
  if (rec) return { name: 'recommendation', meetingId: rec[1]!, recommendationId: rec[2]! };
  const trash = TRASH.exec(path);
  if (trash) return { name: 'trash', meetingId: trash[1]! };
  const review = parseReviewPath(path);
  if (review) return review;
  const exchange = parseExchangePath(path);
  if (exchange) return exchange;
  const meeting = MEETING.exec(path);
  if (meeting) return { name: 'meeting', meetingId: meeting[1]! };
  return { name: 'notFound' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'home':
    case 'notFound':
      return '#/';
    case 'meeting':
      return `#/meeting/${route.meetingId}`;
    case 'recommendation':
      return `#/meeting/${route.meetingId}/rec/${route.recommendationId}`;
    case 'trash':
      return `#/meeting/${route.meetingId}/trash`;
    case 'milestones':
      return `#/meeting/${route.meetingId}/milestones`;
    case 'amendments':
      return `#/meeting/${route.meetingId}/amendments`;
    case 'amendment':
      return `#/meeting/${route.meetingId}/amendment/${route.amendmentId}`;
    case 'audit':
      return `#/meeting/${route.meetingId}/audit`;
    case 'backups':
      return '#/backups';
    case 'conflicts':
      return `#/meeting/${route.meetingId}/conflicts`;
    case 'duplicates':
      return `#/meeting/${route.meetingId}/duplicates`;
  }
}

/** The review screens' paths (issue 4), kept apart to ease merging. */
function parseReviewPath(path: string): Route | null {
  const milestones = MILESTONES.exec(path);
  if (milestones) return { name: 'milestones', meetingId: milestones[1]! };
  const amendments = AMENDMENTS.exec(path);
  if (amendments) return { name: 'amendments', meetingId: amendments[1]! };
  const amendment = AMENDMENT.exec(path);
  if (amendment) return { name: 'amendment', meetingId: amendment[1]!, amendmentId: amendment[2]! };
  const audit = AUDIT.exec(path);
  if (audit) return { name: 'audit', meetingId: audit[1]! };
  return null;
}

/** The exchange screens' paths (issue 5), kept apart to ease merging. */
function parseExchangePath(path: string): Route | null {
  const conflicts = CONFLICTS.exec(path);
  if (conflicts) return { name: 'conflicts', meetingId: conflicts[1]! };
  const duplicates = DUPLICATES.exec(path);
  if (duplicates) return { name: 'duplicates', meetingId: duplicates[1]! };
  return null;
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}
