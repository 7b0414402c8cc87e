// Limits on guessing (reply codes, logins) count per client network rather than per
// address, so one attacker cannot rotate through the addresses they own.

/**
 * The network a request came from: an IPv4 address, or an IPv6 /64 (one household
 * or phone gets a whole /64, so single IPv6 addresses would be free to rotate).
 * Unknown addresses share one key, which then limits them together.
 */
export function clientNetwork(address: string | undefined): string {
  if (!address) return "unknown";
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1] as string;
  if (!address.includes(":")) return address;
  const [head = "", tail = ""] = address.toLowerCase().split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = Math.max(0, 8 - headGroups.length - tailGroups.length);
  const groups = address.includes("::")
    ? [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
