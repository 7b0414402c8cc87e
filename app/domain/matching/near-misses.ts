import { EXCLUSION_RULES, RULE_LABELS } from "./rules";
import type { Exclusion, RuleId } from "./types";

export interface RuleCount {
  rule: RuleId;
  label: string;
  count: number;
}

const ruleOrder = new Map<RuleId, number>(EXCLUSION_RULES.map((rule, i) => [rule.id, i]));

/**
 * Why nobody fits a citizen, in one line per rule: the near misses counted by the rule
 * that excluded them, the most common first (ties in the rules' own order), so the
 * coordinator sees at a glance what stands in the way.
 */
export function countNearMisses(excluded: readonly Exclusion[]): RuleCount[] {
  const counts = new Map<RuleId, number>();
  for (const e of excluded) counts.set(e.rule, (counts.get(e.rule) ?? 0) + 1);
  return [...counts]
    .map(([rule, count]) => ({ rule, label: RULE_LABELS[rule], count }))
    .sort((a, b) => b.count - a.count || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!);
}
