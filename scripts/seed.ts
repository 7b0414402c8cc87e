// `npm run seed`: migrate and add the fictional demo data if the database is empty.
import { migrateToLatest } from "../db/migrate";
import { seedDemoData } from "../db/seed";
import { db } from "../app/data/db.server";

await migrateToLatest(db);
const { seeded } = await seedDemoData(db);
console.log(seeded ? "Demo data added." : "The database already has data; nothing added.");
await db.destroy();
