/**
 * Hash routes, so that a reload (or the window reopening) keeps the user where they were:
 *   #/                              meetings
 *   #/meeting/<id>                  a meeting
 *   #/meeting/<id>/rec/<recId>      a recommendation in the editor
 *   #/meeting/<id>/trash            the meeting's trash
 *   #/backups                       the database's backups
 */
export type Route =
  | { name: 'home' }
  | { name: 'meeting'; meetingId: string }
  | { name: 'recommendation'; meetingId: string; recommendationId: string }
  | { name: 'trash'; meetingId: string }
  | { name: 'backups' }
  | { name: 'notFound' };

const ID = '[0-9a-fA-F-]{36}';
const MEETING = new RegExp(`^/meeting/(${ID})/?$`);
const RECOMMENDATION = new RegExp(`^/meeting/(${ID})/rec/(${ID})/?$`);
const TRASH = new RegExp(`^/meeting/(${ID})/trash/?$`);

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/backups' || path === '/backups/') return { name: 'backups' };
  const rec = RECOMMENDATION.exec(path);
  if (rec) return { name: 'recommendation', meetingId: rec[1]!, recommendationId: rec[2]! };
  const trash = TRASH.exec(path);
  if (trash) return { name: 'trash', meetingId: trash[1]! };
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
    case 'backups':
      return '#/backups';
  }
}

export function navigate(route: Route): void {
  const href = hrefFor(route);
  if (window.location.hash !== href) window.location.hash = href;
}
