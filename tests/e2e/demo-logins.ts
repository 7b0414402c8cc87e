import { type DemoLogin, demoLogins } from "../../db/seed";
import type { Role } from "../../db/schema";

/**
 * The seeded demo login for a role; `association` picks the Ældre Sagen or Røde Kors
 * user where a role exists once per association (bridge-builder, association editor).
 */
export function demoLogin(role: Role, association?: "aeldresagen" | "roedekors"): DemoLogin {
  const login = demoLogins.find((l) => l.role === role && (!association || l.email.includes(association)));
  if (!login) throw new Error(`the demo seed has no ${role} login${association ? ` for ${association}` : ""}`);
  return login;
}
