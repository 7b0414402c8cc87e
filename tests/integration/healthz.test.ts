import { describe, expect, it } from "vitest";
import * as healthz from "../../app/routes/healthz";
import { get, run } from "./helpers";

describe("/healthz", () => {
  it("answers 200 with {status: ok} when the database answers, without login", async () => {
    const outcome = await run(healthz.loader, await get("/healthz"));
    expect(outcome.status).toBe(200);
    expect(outcome.headers.get("Content-Type")).toContain("application/json");
    expect(outcome.data).toEqual({ status: "ok" });
  });

  it("is never cached, so a load balancer sees the current state", async () => {
    const outcome = await run(healthz.loader, await get("/healthz"));
    expect(outcome.headers.get("Cache-Control")).toBe("no-store");
  });
});
