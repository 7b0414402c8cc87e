const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery guard: a state-changing request must carry an Origin
 * header naming this site. Browsers always send it on POST, so a missing one means
 * a non-browser client or an old proxy stripping it; both are refused.
 */
export function isAllowedOrigin(
  method: string,
  origin: string | undefined,
  allowedOrigins: readonly string[],
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  return origin !== undefined && allowedOrigins.includes(origin);
}
