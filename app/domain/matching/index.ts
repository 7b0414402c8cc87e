// The public API of matching. Plain TypeScript: no React, no router, no database.
export type * from "./types";
export { BARRIERS, DAY_PARTS, FORMATS, GENDERS, SLOTS, WEEKDAYS } from "./types";
export { CandidateIndex, reachBox } from "./candidate-index";
export { EARTH_RADIUS_KM, distanceKm, type LatLng } from "./geo";
export {
  ACTIVITY_REASONS,
  EXCLUSION_RULES,
  OUT_OF_REACH_LABEL,
  RULE_LABELS,
  VOLUNTEER_REASONS,
  brokenActivityRule,
  brokenVolunteerRule,
  checkActivity,
  checkVolunteer,
  isActivityWithinReach,
  isStraffeattestValid,
  isVolunteerWithinReach,
  subtractMonths,
  type ActivityRuleId,
  type RuleDefinition,
  type Verdict,
  type VolunteerRuleId,
} from "./rules";
export {
  DEFAULT_WEIGHTS,
  assertValidWeights,
  formatKm,
  languageName,
  roundScore,
  scoreActivity,
  scoreVolunteer,
  slotLabel,
  type ScoreResult,
  type ScoreTerm,
  type ScoreWeights,
} from "./score";
export {
  DEFAULT_LIMIT,
  compareCandidates,
  suggestForCitizen,
  suggestForPool,
  suggestWithIndex,
  toSuggestionResult,
  type SuggestOptions,
} from "./suggest";
export {
  activitySchema,
  citizenSchema,
  formatPoolError,
  isIsoDate,
  parsePool,
  poolSchema,
  settingsSchema,
  volunteerSchema,
  type ParsePoolResult,
  type PoolFile,
} from "./pool-schema";
export {
  solveAssignment,
  solveIndexed,
  type AssignmentEdge,
  type AssignmentNode,
  type AssignmentProblem,
  type AssignmentResult,
  type IndexedProblem,
} from "./assignment";
export { assignmentProblemSchema, parseAssignmentProblem, type ParseAssignmentResult } from "./assignment-schema";
