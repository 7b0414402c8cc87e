// `npm run restore -- --from FILE`: puts a backup back as the database named by
// DATABASE_URL. Refuses while anything has the database open, and checks the backup
// (a SQLite file with our migrations, integrity_check ok) before it replaces anything;
// the replaced database is kept beside it as *.before-restore.
import { BackupRefused, restoreDatabase } from "../db/backup";
import { databasePath, readFlags, runCommand } from "./database-command";

const USAGE = "Brug: npm run restore -- --from FIL";

await runCommand(() => {
  const { from } = readFlags(process.argv.slice(2), ["from"], USAGE);
  if (from === undefined) throw new BackupRefused(`--from mangler: angiv sikkerhedskopien, der skal gendannes. ${USAGE}`);
  const target = databasePath();
  const { keptAs } = restoreDatabase(target, from);
  return [
    `Databasen ${target} er gendannet fra ${from}.`,
    keptAs ? `Den tidligere database er gemt som ${keptAs}.` : null,
    "Start serveren igen med npm start; den opdaterer skemaet, hvis sikkerhedskopien er ældre end programmet.",
  ]
    .filter((line) => line !== null)
    .join("\n");
});
