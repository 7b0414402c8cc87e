import type { ReferralSource } from "../../../db/schema";

// What a referrer can tell about a citizen in a few taps: who asks on the citizen's
// behalf, and the signs of loneliness they noticed. Values are stored; labels are
// what home-care staff read on the phone.

export const REFERRAL_SOURCES = ["homecare", "gp", "relative", "staff", "self", "other"] as const satisfies readonly ReferralSource[];

export const referralSourceLabels: Record<ReferralSource, string> = {
  homecare: "Hjemmeplejen",
  gp: "Egen læge",
  relative: "Pårørende",
  staff: "Andet personale",
  self: "Borgeren selv",
  other: "Andet",
};

export const REFERRAL_SIGNS = [
  "sad",
  "talks_about_loneliness",
  "bereaved",
  "rarely_out",
  "few_visitors",
  "lost_joy",
  "eats_sleeps_poorly",
  "other",
] as const;
export type ReferralSign = (typeof REFERRAL_SIGNS)[number];

export const referralSignLabels: Record<ReferralSign, string> = {
  sad: "Virker trist eller nedtrykt",
  talks_about_loneliness: "Taler om at være alene",
  bereaved: "Har mistet ægtefælle eller nære",
  rarely_out: "Går sjældent ud",
  few_visitors: "Få eller ingen besøg",
  lost_joy: "Har mistet lysten til ting, der før gav glæde",
  eats_sleeps_poorly: "Spiser eller sover dårligt",
  other: "Andet",
};

/** A home-care detection clip (opsporingsklip) is a fixed ten-minute visit. */
export const DETECTION_CLIP_MINUTES = 10;
