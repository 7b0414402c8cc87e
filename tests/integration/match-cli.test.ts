// The `match` command line is a contract other tools depend on (DESIGN.md, "Matching"),
// so it is tested the way they use it: as a child process with real files.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { designPool as designExample } from "../../app/domain/matching/test-fixtures";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "match-cli-"));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `node scripts/run-bundled.mjs scripts/match.ts …`, exactly what `npm run match --`
 * runs, but without npm: npm may print its own warnings on stderr, which would blur the
 * "exactly one line on stderr" check that belongs to our script.
 */
function match(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["scripts/run-bundled.mjs", "scripts/match.ts", ...args],
      { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        done({ status, stdout, stderr });
      },
    );
  });
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The pool file of DESIGN.md, plus a volunteer out of reach, one the citizen has declined
 * and an activity she cannot get into: one of each outcome.
 */
function designPool() {
  const pool = designExample();
  return {
    ...pool,
    volunteers: [
      ...pool.volunteers,
      {
        // About 56 km away: beyond her 5 km radius.
        id: "v2", lat: 56.0, lng: 8.59, radiusKm: 5,
        interests: ["kortspil"], languages: ["da"], slots: ["thu-pm"],
        capacity: 1, load: 0, gender: "female", car: false, status: "active",
        tavshedserklaering: true, straffeattestDate: "2025-05-01",
      },
      {
        id: "v7", lat: 56.5, lng: 8.6, radiusKm: 5,
        interests: ["kortspil"], languages: ["da"], slots: ["thu-pm"],
        capacity: 1, load: 0, gender: "male", car: false, status: "active",
        tavshedserklaering: true, straffeattestDate: "2025-05-01",
      },
    ],
    activities: [
      ...pool.activities,
      {
        id: "a2", lat: 56.48, lng: 8.58, interests: ["kortspil"],
        languages: ["da"], slots: ["thu-pm"], capacity: 12, enrolled: 5,
        price: 0, stepFree: false, hearingLoop: false, accessibleToilet: true,
        transport: false, status: "active",
      },
    ],
  };
}

let fileNumber = 0;
function file(content: string): string {
  const path = join(dir, `pool-${++fileNumber}.json`);
  writeFileSync(path, content);
  return path;
}
const outputPath = () => join(dir, `out-${++fileNumber}.json`);

function expectRefused(run: Run, line: string | RegExp) {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.split("\n").filter((l) => l !== "");
  expect(lines).toHaveLength(1);
  if (typeof line === "string") expect(lines[0]).toBe(line);
  else expect(lines[0]).toMatch(line);
}

// Each case spawns its own process; running them side by side keeps the file fast.
describe.concurrent("npm run match -- suggest", () => {
  it("writes ranked candidates, near misses and the out-of-reach count for every citizen", async () => {
    const input = file(JSON.stringify(designPool()));
    const output = outputPath();
    const run = await match("suggest", "--input", input, "--output", output);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);

    const written = JSON.parse(readFileSync(output, "utf8"));
    expect(Object.keys(written)).toEqual(["results"]);
    expect(written.results).toHaveLength(1);
    const [result] = written.results;
    expect(Object.keys(result).sort()).toEqual(["candidates", "citizen", "excluded", "outOfReach"]);
    expect(result.citizen).toBe("c1");
    expect(result.candidates.map((c: { kind: string; id: string }) => `${c.kind}:${c.id}`)).toEqual([
      "activity:a1",
      "volunteer:v1",
    ]);
    for (const candidate of result.candidates) {
      expect(Object.keys(candidate).sort()).toEqual(["id", "kind", "reasons", "score"]);
      expect(candidate.score).toBeGreaterThan(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
      expect(Math.round(candidate.score * 1000) / 1000).toBe(candidate.score);
    }
    expect(result.candidates[0].reasons).toEqual([
      "Deler interesse: kortspil",
      "1,3 km væk",
      "Passer torsdag eftermiddag",
      "Borgeren er åben for fællesskab i gruppe",
      "7 ledige pladser",
      "Trinfri adgang",
      "Handicaptoilet",
    ]);
    expect(result.candidates[1].reasons).toContain("Deler interesse: havearbejde");
    expect(result.excluded).toEqual([
      {
        kind: "activity",
        id: "a2",
        rule: "not-step-free",
        reason: "Aktiviteten har ikke trinfri adgang, og borgeren bruger kørestol",
      },
      {
        kind: "volunteer",
        id: "v7",
        rule: "declined",
        reason: "Borgeren har tidligere sagt nej tak til denne frivillige",
      },
    ]);
    expect(result.outOfReach).toBe(1);
  });

  it("returns no more candidates than --limit", async () => {
    const output = outputPath();
    const run = await match("suggest", "--input", file(JSON.stringify(designPool())), "--output", output, "--limit", "1");
    expect(run.status).toBe(0);
    const written = JSON.parse(readFileSync(output, "utf8"));
    expect(written.results[0].candidates.map((c: { id: string }) => c.id)).toEqual(["a1"]);
    expect(written.results[0].excluded).toHaveLength(2);
  });

  it("counts a citizen's wait when the file gives one, and ranks her candidates the same", async () => {
    const pool = designPool();
    const waited = { ...pool.citizens[0]!, id: "c2", waitingSince: "2026-09-01" };
    const output = outputPath();
    const run = await match("suggest", "--input", file(JSON.stringify({ ...pool, citizens: [pool.citizens[0], waited] })), "--output", output);
    expect(run.status).toBe(0);
    const [without, withWait] = JSON.parse(readFileSync(output, "utf8")).results;
    const ids = (result: { candidates: { id: string }[] }) => result.candidates.map((c) => c.id);
    expect(ids(withWait)).toEqual(ids(without));
    for (const candidate of withWait.candidates) expect(candidate.reasons.at(-1)).toBe("Har ventet 11 uger");
    expect(without.candidates[0].reasons.some((r: string) => r.startsWith("Har ventet"))).toBe(false);
  });

  it("refuses an input file that does not exist", async () => {
    const missing = join(dir, "missing.json");
    const output = outputPath();
    expectRefused(await match("suggest", "--input", missing, "--output", output), `Fejl: ${missing}: filen findes ikke`);
    expect(existsSync(output)).toBe(false);
  });

  it("refuses a file that is not JSON", async () => {
    const input = file("{ \"settings\": ");
    const output = outputPath();
    expectRefused(await match("suggest", "--input", input, "--output", output), `Fejl: ${input}: ugyldig JSON`);
    expect(existsSync(output)).toBe(false);
  });

  it("refuses a pool that breaks the schema, naming the field", async () => {
    const pool = designPool() as { citizens: Record<string, unknown>[] };
    pool.citizens[0]!.lat = "56.49";
    const input = file(JSON.stringify(pool));
    const output = outputPath();
    expectRefused(
      await match("suggest", "--input", input, "--output", output),
      `Fejl: ${input}: citizens[0].lat: skal være et tal`,
    );
    expect(existsSync(output)).toBe(false);
  });

  it("refuses pool files with unknown fields", async () => {
    const pool = designPool() as { activities: Record<string, unknown>[] };
    pool.activities[1]!.wifi = true;
    const input = file(JSON.stringify(pool));
    expectRefused(
      await match("suggest", "--input", input, "--output", outputPath()),
      `Fejl: ${input}: activities[1].wifi: ukendt felt`,
    );
  });

  it("refuses a --limit that is not a positive whole number", async () => {
    const input = file(JSON.stringify(designPool()));
    const runs = await Promise.all(
      [["--limit", "0"], ["--limit", "abc"], ["--limit", "2.5"], ["--limit=-1"]].map((limit) =>
        match("suggest", "--input", input, "--output", outputPath(), ...limit),
      ),
    );
    for (const run of runs) expectRefused(run, /^Fejl: --limit skal være et helt tal på mindst 1/);
  });

  it("refuses a missing --input or --output", async () => {
    const input = file(JSON.stringify(designPool()));
    const [noInput, noOutput, noValue] = await Promise.all([
      match("suggest", "--output", outputPath()),
      match("suggest", "--input", input),
      match("suggest", "--input"),
    ]);
    expectRefused(noInput, /^Fejl: --input mangler\. Brug: /);
    expectRefused(noOutput, /^Fejl: --output mangler\. Brug: /);
    expectRefused(noValue, /^Fejl: --input mangler en værdi/);
  });

  it("refuses unknown flags", async () => {
    const input = file(JSON.stringify(designPool()));
    expectRefused(await match("suggest", "--input", input, "--output", outputPath(), "--verbose"), /^Fejl: ukendt flag --verbose/);
  });

  it("refuses unknown commands", async () => {
    const input = file(JSON.stringify(designPool()));
    const [rank, none] = await Promise.all([
      match("rank", "--input", input, "--output", outputPath()),
      match(),
    ]);
    expectRefused(rank, /^Fejl: ukendt kommando "rank"/);
    expectRefused(none, /^Fejl: angiv en kommando/);
  });

  it("refuses an output path in a folder that does not exist", async () => {
    const output = join(dir, "no-such-folder", "out.json");
    expectRefused(
      await match("suggest", "--input", file(JSON.stringify(designPool())), "--output", output),
      `Fejl: ${output}: mappen findes ikke`,
    );
  });
});

/** Three citizens, two volunteers: the best total would drop c3, the optimum keeps all three. */
function batch() {
  return {
    left: [
      { id: "c1", capacity: 1 },
      { id: "c2", capacity: 1 },
      { id: "c3", capacity: 1 },
      { id: "alone", capacity: 1 },
    ],
    right: [
      { id: "v1", capacity: 2 },
      { id: "v2", capacity: 1 },
    ],
    edges: [
      { left: "c1", right: "v1", weight: 0.9 },
      { left: "c2", right: "v1", weight: 0.8 },
      { left: "c3", right: "v1", weight: 0.7 },
      { left: "c1", right: "v2", weight: 0.95 },
      { left: "c2", right: "v2", weight: 0.1 },
    ],
  };
}

describe.concurrent("npm run match -- solve", () => {
  it("writes the assignment with the most pairs and the highest total score", async () => {
    const output = outputPath();
    const run = await match("solve", "--input", file(JSON.stringify(batch())), "--output", output);
    expect(run).toEqual({ status: 0, stdout: "", stderr: "" });
    const written = JSON.parse(readFileSync(output, "utf8"));
    expect(Object.keys(written)).toEqual(["assignment", "matched", "objective"]);
    // v1 can take two, v2 one: c3 only fits v1, so c1 or c2 must go to v2; c1 → v2
    // (0.95) beats c2 → v2 (0.1). Listed in the input's edge order.
    expect(written.assignment).toEqual([
      { left: "c2", right: "v1" },
      { left: "c3", right: "v1" },
      { left: "c1", right: "v2" },
    ]);
    expect(written.matched).toBe(3);
    expect(written.objective).toBeCloseTo(0.8 + 0.7 + 0.95, 12);
  });

  it("writes the example of DESIGN.md", async () => {
    const output = outputPath();
    const input = {
      left: [{ id: "c1", capacity: 1 }],
      right: [{ id: "v1", capacity: 2 }],
      edges: [{ left: "c1", right: "v1", weight: 0.83 }],
    };
    expect((await match("solve", "--input", file(JSON.stringify(input)), "--output", output)).status).toBe(0);
    expect(JSON.parse(readFileSync(output, "utf8"))).toEqual({
      assignment: [{ left: "c1", right: "v1" }],
      matched: 1,
      objective: 0.83,
    });
  });

  const refusals: [string, (input: ReturnType<typeof batch>) => unknown, string][] = [
    ["an edge to an unknown citizen", (b) => ({ ...b, edges: [...b.edges, { left: "c9", right: "v1", weight: 0.5 }] }), 'edges[5].left: ukendt id "c9" (findes ikke i left)'],
    ["an edge to an unknown volunteer", (b) => ({ ...b, edges: [{ left: "c1", right: "v9", weight: 0.5 }] }), 'edges[0].right: ukendt id "v9" (findes ikke i right)'],
    ["a duplicate id", (b) => ({ ...b, right: [...b.right, { id: "v1", capacity: 1 }] }), 'right[2].id: id "v1" findes allerede (right[0])'],
    ["the same pair twice", (b) => ({ ...b, edges: [...b.edges, { left: "c2", right: "v2", weight: 0.3 }] }), 'edges[5]: kanten "c2" – "v2" findes allerede (edges[4])'],
    ["a weight above 1", (b) => ({ ...b, edges: [{ left: "c1", right: "v1", weight: 1.5 }] }), "edges[0].weight: skal være mellem 0 og 1"],
    ["a negative weight", (b) => ({ ...b, edges: [{ left: "c1", right: "v1", weight: -0.1 }] }), "edges[0].weight: skal være mellem 0 og 1"],
    ["a weight given as text", (b) => ({ ...b, edges: [{ left: "c1", right: "v1", weight: "0.5" }] }), "edges[0].weight: skal være et tal"],
    ["a fractional capacity", (b) => ({ ...b, left: [{ id: "c1", capacity: 1.5 }] }), "left[0].capacity: skal være et helt tal"],
    ["a negative capacity", (b) => ({ ...b, right: [{ id: "v1", capacity: -1 }, b.right[1]] }), "right[0].capacity: må ikke være negativ"],
    ["an unknown field", (b) => ({ ...b, edges: [{ left: "c1", right: "v1", weight: 0.5, score: 1 }] }), "edges[0].score: ukendt felt"],
    ["a missing list", (b) => ({ left: b.left, right: b.right }), "edges: mangler"],
  ];

  for (const [what, change, message] of refusals) {
    it(`refuses ${what}, writing nothing`, async () => {
      const input = file(JSON.stringify(change(batch())));
      const output = outputPath();
      expectRefused(await match("solve", "--input", input, "--output", output), `Fejl: ${input}: ${message}`);
      expect(existsSync(output)).toBe(false);
    });
  }

  it("refuses malformed JSON, a missing file and --limit, writing nothing", async () => {
    const broken = file('{ "left": [');
    const missing = join(dir, "missing-batch.json");
    const outputs = [outputPath(), outputPath(), outputPath()];
    const [bad, gone, limited] = await Promise.all([
      match("solve", "--input", broken, "--output", outputs[0]!),
      match("solve", "--input", missing, "--output", outputs[1]!),
      match("solve", "--input", file(JSON.stringify(batch())), "--output", outputs[2]!, "--limit", "3"),
    ]);
    expectRefused(bad, `Fejl: ${broken}: ugyldig JSON`);
    expectRefused(gone, `Fejl: ${missing}: filen findes ikke`);
    expectRefused(limited, /^Fejl: --limit bruges kun med suggest\. Brug: /);
    for (const output of outputs) expect(existsSync(output)).toBe(false);
  });
});
