import { z } from "zod";
import { URGENCIES, WORKLIST_KINDS } from "../domain/pathway/worklist";

// The worklist's filters and sort order live in the query string, so the page works
// without JavaScript and a coordinator can bookmark their own view. An empty select
// ("Alle") means no filter.
const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === "" ? undefined : v), z.enum(values).optional());

export const worklistQuery = z.object({
  type: choice(WORKLIST_KINDS),
  haster: choice(URGENCIES),
  borgere: choice(["mine", "alle"] as const),
  sorter: choice(["due", "name", "kind"] as const),
  retning: choice(["asc", "desc"] as const),
});

export type WorklistQuery = z.infer<typeof worklistQuery>;
