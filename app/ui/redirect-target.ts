/** Only same-site paths, so a crafted login link cannot send users elsewhere. */
export function safeRedirectTarget(target: string | null | undefined, fallback = "/"): string {
  if (!target || !target.startsWith("/") || target.startsWith("//") || /[\\\s]/.test(target)) {
    return fallback;
  }
  return target;
}
