/**
 * The one Content-Security-Policy of the renderer: nothing inline, nothing evaluated, nothing from
 * the network. The desktop window sends it as a header, the browser bridge too, and the renderer's
 * index.html carries the same policy in a meta tag (a test keeps the two equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
