// `npm run backup [-- --out FILE]`: an online copy of the SQLite database, safe while
// the server runs and writes. Without --out it goes to data/backups/app-<local time>.db.
import { join } from "node:path";
import { backupDatabase } from "../db/backup";
import { databasePath, readFlags, runCommand } from "./database-command";

const USAGE = "Brug: npm run backup [-- --out FIL]";

/** `app-2026-11-23T143005.db`, in the machine's local time, which is what `ls -l` shows beside it. */
function defaultOut(now: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  const time = `${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}`;
  return join("data", "backups", `app-${date}T${time}.db`);
}

await runCommand(async () => {
  const { out = defaultOut(new Date()) } = readFlags(process.argv.slice(2), ["out"], USAGE);
  const source = databasePath();
  const { bytes, migrations } = await backupDatabase(source, out);
  const size = (bytes / 1024 / 1024).toLocaleString("da-DK", { maximumFractionDigits: 1 });
  return `Sikkerhedskopi af ${source} gemt i ${out} (${size} MB, ${migrations} migreringer, integrity_check ok).`;
});
