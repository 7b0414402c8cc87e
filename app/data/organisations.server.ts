import type { Executor } from "./executor";
import { parseList } from "./executor";

export async function getMunicipality(db: Executor, id: string) {
  const row = await db.selectFrom("municipality").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? { ...row, addressLines: parseList(row.address_lines) } : undefined;
}
