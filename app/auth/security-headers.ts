// The browser-side security policy, in one place: scripts/start.ts sends the headers
// every response gets, app/entry.server.tsx the Content-Security-Policy of the HTML
// documents it renders (only the renderer knows a response is a document, and it
// holds the request's nonce).

/**
 * The reply page and the invitation carry their token in the URL, so they (and the
 * reply code form that leads there) send no Referer at all; everything else sends it only to this site, never to
 * another (stricter than the browsers' default strict-origin-when-cross-origin).
 */
const NO_REFERRER_PATH = /^\/(svar|invitation)(\/|$)/;

const ONE_YEAR_SECONDS = 31_536_000;

export type ResponseContext = {
  path: string;
  /** The request reached us over HTTPS (directly or from a trusted proxy). */
  https: boolean;
  production: boolean;
};

/** Headers for every response: documents, files, PDFs, JSON and static assets. */
export function responseSecurityHeaders({ path, https, production }: ResponseContext): Record<string, string> {
  const headers: Record<string, string> = {
    "X-Content-Type-Options": "nosniff",
    // For browsers without CSP frame-ancestors.
    "X-Frame-Options": "DENY",
    "Referrer-Policy": NO_REFERRER_PATH.test(path) ? "no-referrer" : "same-origin",
  };
  // Over plain HTTP the header is ignored anyway, and on a developer's localhost it
  // would pin HTTPS for a year.
  if (production && https) {
    headers["Strict-Transport-Security"] = `max-age=${ONE_YEAR_SECONDS}; includeSubDomains`;
  }
  return headers;
}

export type DocumentContext = {
  /** Fresh per response; only scripts carrying it run. */
  nonce: string;
  /** MAP_TILE_URL: the one outside origin the map may load from. */
  tileUrl?: string;
};

/** The Content-Security-Policy of an HTML document. */
export function documentContentSecurityPolicy({ nonce, tileUrl }: DocumentContext): string {
  const tiles = tileUrl ? ` ${new URL(tileUrl).origin}` : "";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    // maplibre's and DKFDS's control icons are data: SVGs in their stylesheets.
    `img-src 'self' data: blob:${tiles}`,
    "font-src 'self'",
    `connect-src 'self'${tiles}`,
    // maplibre starts its worker from a blob: URL.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * A stored email shown to the admin inside the message's page. Emails need inline
 * style attributes (mail clients ignore stylesheets); nothing in them may run, load
 * or submit anything, and only this site may frame it.
 */
export function emailPreviewHeaders(): Record<string, string> {
  return {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'; sandbox",
    // Emails hold citizens' names and addresses.
    "Cache-Control": "no-store",
  };
}
