/**
 * Which links may leave the app for the system's browser or mail client: `https:` web pages and
 * `mailto:` addresses, and nothing else (no `http:`, `file:`, `javascript:`, custom schemes that
 * would start another program). Checked with the URL parser, never with string prefixes; a web
 * address carrying a user name or password (`https://bank.example@evil.example/`) is refused, as it
 * is a classic way of disguising where a link goes. The user still confirms every one (dialogs.ts).
 */
export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  if (parsed.protocol !== 'https:') return false;
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}
