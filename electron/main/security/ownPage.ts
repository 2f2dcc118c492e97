/**
 * What counts as "our page": the one renderer file the window loaded. Navigation guards and the IPC
 * sender check both ask this question, so it lives here, without Electron, and is unit tested.
 */

/**
 * True when `url` is the same document as `appUrl` (same scheme, host and path). The fragment and
 * query may differ: the renderer may keep its route there, and neither loads anything new.
 */
export function isOwnPage(url: string, appUrl: string): boolean {
  const candidate = parse(url);
  const own = parse(appUrl);
  if (!candidate || !own) return false;
  return (
    candidate.protocol === own.protocol &&
    candidate.host === own.host &&
    candidate.username === own.username &&
    candidate.password === own.password &&
    // The URL parser has already normalised both paths (percent-encoding, dot segments).
    candidate.pathname === own.pathname
  );
}

/**
 * True when an IPC message may come from a frame showing `url`: only our own page may reach the
 * handlers. (Which frame sent it, the main frame of our window or not, is checked by the caller.)
 */
export function isTrustedSender(url: string, expectedUrl: string): boolean {
  return url !== '' && isOwnPage(url, expectedUrl);
}

function parse(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
