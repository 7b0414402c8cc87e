// The two Danish identifiers a Digital Post message is addressed with: the sending
// authority's CVR number and the citizen's CPR number.

/**
 * A CPR number as ten digits, from what a person types ("010243-1234", "0102431234",
 * "010243 1234"), or null when it cannot be one. The first six digits must be a real
 * date (the seventh digit tells the century). There is no modulus-11 check: CPR
 * numbers issued since 2007 need not pass it.
 */
export function parseCpr(typed: string): string | null {
  const match = /^(\d{2})(\d{2})(\d{2})[\s-]?(\d{4})$/.exec(typed.trim());
  if (!match) return null;
  const [, dd, mm, yy, serial] = match as unknown as [string, string, string, string, string];
  const year = cprCentury(Number(yy), Number(serial[0])) + Number(yy);
  const day = Number(dd);
  const month = Number(mm);
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${dd}${mm}${yy}${serial}` : null;
}

/** The century of a CPR birth date, from its two-digit year and the serial's first digit (CPR-kontoret's table). */
function cprCentury(yy: number, digit7: number): number {
  if (digit7 <= 3) return 1900;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

/** A CPR number as staff may see it once stored: the birth date only. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Eight digits passing the CVR register's modulus-11 check. */
export function isValidCvr(cvr: string): boolean {
  if (!/^[1-9]\d{7}$/.test(cvr)) return false;
  const sum = CVR_WEIGHTS.reduce((total, weight, i) => total + weight * Number(cvr[i]), 0);
  return sum % 11 === 0;
}
