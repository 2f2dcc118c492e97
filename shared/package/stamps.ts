/**
 * Which of two changes of the same thing wins, on every machine alike (README.md, "Changes"):
 * the later one; at the same instant, the one whose author id is greater (no author counts as
 * the smallest); the same instant and author is the same change. Times are compared as instants,
 * so that offsets written differently still order correctly.
 */
export interface Stamped {
  at: string;
  byId: string | null;
}

export function isLaterChange(candidate: Stamped, current: Stamped | undefined): boolean {
  if (current === undefined) return true;
  const a = Date.parse(candidate.at);
  const b = Date.parse(current.at);
  if (a !== b) return a > b;
  return (candidate.byId ?? '') > (current.byId ?? '');
}
