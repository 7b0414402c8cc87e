import { describe, expect, it } from "vitest";
import { CODE_FAILURES_OVERALL, CODE_FAILURES_PER_CLIENT, codeLockout } from "./code-guessing";

describe("short-code lockout", () => {
  it("lets a client who mistyped a few times keep trying", () => {
    expect(codeLockout({ client: CODE_FAILURES_PER_CLIENT - 1, overall: 40 })).toBeNull();
  });

  it("locks out a client after ten wrong codes within the hour", () => {
    expect(codeLockout({ client: CODE_FAILURES_PER_CLIENT, overall: CODE_FAILURES_PER_CLIENT })).toBe("client");
  });

  it("pauses code look-ups for everyone when wrong codes pile up from many networks", () => {
    expect(codeLockout({ client: 0, overall: CODE_FAILURES_OVERALL })).toBe("everyone");
    expect(codeLockout({ client: 0, overall: CODE_FAILURES_OVERALL - 1 })).toBeNull();
  });
});
