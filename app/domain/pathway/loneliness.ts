// The three-item loneliness scale (UCLA-3, Danish T-ILS) as Sundhedsstyrelsen uses it:
// each answer scores 1–3, the total 3–9, and 7 or more counts as severe loneliness.

export const LONELINESS_ITEMS = [
  "Hvor ofte føler du, at du savner nogen at være sammen med?",
  "Hvor ofte føler du dig holdt udenfor?",
  "Hvor ofte føler du dig isoleret fra andre?",
] as const;

export const LONELINESS_ANSWERS = [
  { value: 1, label: "Sjældent eller aldrig" },
  { value: 2, label: "Nogle gange" },
  { value: 3, label: "Ofte" },
] as const;

export const SEVERE_LONELINESS_FROM = 7;

export type LonelinessAnswer = 1 | 2 | 3;
export type LonelinessItems = readonly [number, number, number];

export interface LonelinessScore {
  total: number;
  severe: boolean;
}

const isAnswer = (value: number): value is LonelinessAnswer =>
  Number.isInteger(value) && value >= 1 && value <= 3;

/** The total and whether it counts as severe; throws on an answer outside 1–3. */
export function scoreLoneliness(items: LonelinessItems): LonelinessScore {
  if (items.length !== LONELINESS_ITEMS.length || !items.every(isAnswer)) {
    throw new RangeError(`loneliness items must be three answers from 1 to 3, got ${JSON.stringify(items)}`);
  }
  const total = items[0] + items[1] + items[2];
  return { total, severe: total >= SEVERE_LONELINESS_FROM };
}

/**
 * How a total moved since the measurement before: negative means less lonely.
 * Null for the first measurement, which has nothing to compare with.
 */
export function lonelinessChange(current: number, previous: number | undefined): number | null {
  return previous === undefined ? null : current - previous;
}
