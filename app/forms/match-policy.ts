import { z } from "zod";
import { messages } from "../ui/messages";
import { wholeNumber } from "./fields";

export const matchPolicyForm = z
  .object({
    maxDistanceKm: wholeNumber(1, 100),
    straffeattestMaxAgeMonths: wholeNumber(1, 120),
    proposalResponseDays: wholeNumber(1, 60),
    weightInterest: wholeNumber(0, 100),
    weightDistance: wholeNumber(0, 100),
    weightTime: wholeNumber(0, 100),
    weightFormat: wholeNumber(0, 100),
    weightLoad: wholeNumber(0, 100),
    weightWaiting: wholeNumber(0, 100),
  })
  .refine(
    (p) =>
      p.weightInterest + p.weightDistance + p.weightTime + p.weightFormat + p.weightLoad + p.weightWaiting === 100,
    // Shown under the last weight, where the person typing notices the sum is off.
    { path: ["weightWaiting"], message: messages.weightsSum },
  );

export type MatchPolicyInput = z.infer<typeof matchPolicyForm>;
