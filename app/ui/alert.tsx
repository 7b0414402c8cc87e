import type { ReactNode } from "react";

const roles = { success: "status", info: "status", warning: undefined, error: "alert" } as const;

/**
 * A DKFDS alert. Errors are announced at once (role=alert), confirmations politely
 * (role=status); a standing warning is just text on the page.
 */
export function Alert({ kind, children }: { kind: keyof typeof roles; children: ReactNode }) {
  return (
    <div className={`alert alert-${kind}`} role={roles[kind]}>
      <div className="alert-body">
        <p className="alert-text">{children}</p>
      </div>
    </div>
  );
}
