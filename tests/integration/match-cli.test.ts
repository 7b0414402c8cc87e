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
 * Runs `tsx scripts/match.ts …` the way `npm run match --` does, but through node
 * directly: npx/npm may print their own warnings on stderr, which would blur the
 * "exactly one line on stderr" check that belongs to our script.
 */
function match(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "scripts/match.ts", ...args],
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

  it("refuses unknown commands, including solve until batch matching exists", async () => {
    const input = file(JSON.stringify(designPool()));
    const [solve, rank, none] = await Promise.all([
      match("solve", "--input", input, "--output", outputPath()),
      match("rank", "--input", input, "--output", outputPath()),
      match(),
    ]);
    expectRefused(solve, /^Fejl: ukendt kommando "solve"/);
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
