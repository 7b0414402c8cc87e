// A wrong mail setting stops `npm start` before it touches anything, with a message
// that names the setting and says what to write.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "pipe"],
    // Only so a server that wrongly started does not outlive the test.
    timeout: 30_000,
    killSignal: "SIGKILL",
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("starting with wrong mail settings", () => {
  it("refuses to start and names each wrong setting", async () => {
    const dir = mkdtempSync(join(tmpdir(), "start-settings-"));
    const database = join(dir, "app.db");
    const { code, stderr } = await start({
      DATABASE_URL: `file:${database}`,
      PORT: "3999",
      SMTP_URL: "http://mail.kommune.dk",
      MAIL_FROM: "Fællesskabsbro",
    });
    expect(code).not.toBe(0);
    expect(stderr).toContain(
      "Invalid environment: SMTP_URL: use smtp://user:password@host:587 or smtps://user:password@host:465; " +
        'MAIL_FROM: use an email address, optionally with a name: "Fællesskabsbro <ikke-svar@kommune.dk>"',
    );
    // Nothing ran: no database was created or migrated, no server was listening.
    expect(existsSync(database)).toBe(false);
    expect(stderr).not.toContain("listening");
  }, 60_000);
});
