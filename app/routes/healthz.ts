import { sql } from "kysely";
import { db } from "../data/db.server";

export async function loader() {
  try {
    await sql`select 1`.execute(db);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    return Response.json({ status: "error" }, { status: 503 });
  }
}
