// Starts the built app once for all browser tests: `node scripts/start.ts` exactly as
// `npm start` runs it after the build (from a snapshot of build/, see snapshotApp),
// on a free port with a fresh database and seed.
import { type ChildProcess, spawn } from "node:child_process";
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    dataDir: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`app exited early:\n${log()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`app did not become healthy in 60 s:\n${log()}`);
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const LINKED = ["app", "db", "emails", "node_modules", "package.json", "tsconfig.json"];

/**
 * A private copy of the build next to scripts/start.ts, with the sources linked in:
 * the app under test keeps working when someone runs `npm run build` (which empties
 * build/) while the browser tests run.
 */
function snapshotApp(into: string): string {
  const repo = REPO;
  if (!existsSync(join(repo, "build/server/index.js")) || !existsSync(join(repo, "build/client"))) {
    throw new Error("no build found: run `npm run build` before the e2e tests");
  }
  const root = join(into, "app");
  mkdirSync(join(root, "scripts"), { recursive: true });
  cpSync(join(repo, "build"), join(root, "build"), { recursive: true });
  cpSync(join(repo, "scripts/start.ts"), join(root, "scripts/start.ts"));
  for (const name of LINKED) {
    if (existsSync(join(repo, name))) symlinkSync(resolve(repo, name), join(root, name));
  }
  return root;
}

/** Removes the snapshot: the links first (never followed), then the copied build. */
function removeSnapshot(root: string): void {
  for (const name of LINKED) {
    try {
      unlinkSync(join(root, name));
    } catch {
      // not linked (absent in the repo)
    }
  }
  rmSync(root, { recursive: true, force: true });
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "faellesskabsbro-e2e-"));
  const baseURL = `http://localhost:${port}`;
  const appDir = snapshotApp(dataDir);
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: appDir,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${join(dataDir, "app.db")}`,
      OUTBOX_DIR: join(dataDir, "outbox"),
      PUBLIC_URL: baseURL,
      NODE_ENV: "production",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The app's own log, kept for reading after a failed run (path printed below).
  const logFile = join(dataDir, "server.log");
  const log = createWriteStream(logFile);
  child.stdout?.on("data", (d) => {
    output += d;
    log.write(d);
  });
  child.stderr?.on("data", (d) => {
    output += d;
    log.write(d);
  });
  try {
    await waitForHealth(baseURL, child, () => output);
  } catch (error) {
    child.kill("SIGTERM");
    removeSnapshot(appDir);
    throw error;
  }
  console.log(`e2e: app on ${baseURL}, log in ${logFile}`);
  project.provide("baseURL", baseURL);
  project.provide("dataDir", dataDir);
  return async () => {
    child.kill("SIGTERM");
    if (child.exitCode === null) await new Promise((r) => child.once("exit", r));
    log.end();
    removeSnapshot(appDir);
  };
}
