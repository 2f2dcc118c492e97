/**
 * Links with safe schemes only: https:, http: and mailto:. Anything else (javascript:, data:,
 * file:, vbscript:…) is refused when typed and unwrapped (its text kept, the link dropped) wherever
 * it comes from: a paste, another Lexical editor, a stored document.
 */
import { $isAutoLinkNode, $isLinkNode, AutoLinkNode, LinkNode } from '@lexical/link';
import { mergeRegister } from '@lexical/utils';
import type { ElementNode, LexicalEditor } from 'lexical';

export const SAFE_URL_PROTOCOLS: ReadonlySet<string> = new Set(['https:', 'http:', 'mailto:']);

/** True for an absolute URL with a safe scheme (and, for the web, a host). */
export function isSafeUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!SAFE_URL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  return parsed.hostname.length > 0;
}

/**
 * What the user typed in the link field, made into a URL when it plainly is one: « www.cedeao.int »
 * and « cedeao.int/paix » get https://, « secretariat@aes.int » gets mailto:. Returns null when the
 * result is not a safe URL (the field then says which schemes are accepted).
 */
export function normalizeUrl(input: string): string | null {
  const value = input.trim();
  if (!value || /\s/.test(value)) return null;
  let candidate = value;
  if (/^[^@/:]+@[^@/:]+\.[a-z]{2,}$/i.test(value)) candidate = `mailto:${value}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#].*)?$/u.test(value)) candidate = `https://${value}`;
  if (!isSafeUrl(candidate)) return null;
  // The URL parser's spelling (lower-case scheme and host, encoded spaces): one form for each address.
  return new URL(candidate).href;
}

/** Replaces a link by its content. */
export function $unwrapLink(link: ElementNode): void {
  for (const child of link.getChildren()) link.insertBefore(child);
  link.remove();
}

/** Unwraps any link whose address is not safe, as soon as it enters the document. */
export function registerSafeLinks(editor: LexicalEditor): () => void {
  const check = (node: LinkNode) => {
    if (($isLinkNode(node) || $isAutoLinkNode(node)) && !isSafeUrl(node.getURL())) $unwrapLink(node);
  };
  return mergeRegister(editor.registerNodeTransform(LinkNode, check), editor.registerNodeTransform(AutoLinkNode, check));
}
