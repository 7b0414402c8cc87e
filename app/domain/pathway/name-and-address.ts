// A referral is typed on a phone in one go, so the citizen's name and address are
// one field each and split here, the way a Danish reader would split them.

export interface FullName {
  firstName: string;
  lastName: string;
}

/**
 * "Anna Marie Holm" → first "Anna Marie", last "Holm": Danes often have several
 * first names and use the last word as surname. One word alone is not enough.
 */
export function splitFullName(input: string): FullName | null {
  const words = input.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return null;
  return { firstName: words.slice(0, -1).join(" "), lastName: words.at(-1)! };
}

export interface DanishAddress {
  street: string;
  postcode: string;
  city: string;
}

/**
 * "Vestergade 12, 7800 Skive" → street, four-digit postcode and city; the comma
 * is optional, since people leave it out on a phone keyboard.
 */
export function parseDanishAddress(input: string): DanishAddress | null {
  const match = /^(.*?\S)\s*,?\s+(\d{4})\s+(\S.*)$/.exec(input.trim().replace(/\s+/g, " "));
  if (!match) return null;
  const [, street, postcode, city] = match as unknown as [string, string, string, string];
  if (street.replace(/,$/, "").trim().length < 2) return null;
  return { street: street.replace(/,$/, "").trim(), postcode, city: city.trim() };
}
