import { describe, expect, it } from "vitest";
import { invitationExpiry, invitationHeadline, invitationState, isOpen, mayInvite } from "./invitations";

const now = new Date("2026-11-23T10:00:00Z");
const open = { expires_at: "2026-11-30T10:00:00.000Z", accepted_at: null, revoked_at: null };

describe("invitation state", () => {
  it("is pending until it expires seven days after it was sent", () => {
    expect(invitationExpiry(now).toISOString()).toBe("2026-11-30T10:00:00.000Z");
    expect(invitationState(open, new Date("2026-11-30T09:59:59Z"))).toBe("pending");
    expect(invitationState(open, new Date("2026-11-30T10:00:00Z"))).toBe("expired");
  });

  it("is spent once accepted, even before it would expire", () => {
    expect(invitationState({ ...open, accepted_at: now.toISOString() }, now)).toBe("accepted");
  });

  it("stays revoked after the expiry date passes", () => {
    const revoked = { ...open, revoked_at: now.toISOString() };
    expect(invitationState(revoked, new Date("2027-01-01T00:00:00Z"))).toBe("revoked");
  });

  it("can be sent again while pending or expired, never after use or revocation", () => {
    expect(["pending", "expired", "accepted", "revoked"].map((s) => isOpen(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe("who may invite whom", () => {
  it("lets an administrator invite association users and staff, not volunteers", () => {
    for (const role of ["association", "bridge_builder", "coordinator", "homecare", "admin"] as const) {
      expect(mayInvite("admin", role), role).toBe(true);
    }
    expect(mayInvite("admin", "volunteer")).toBe(false);
  });

  it("lets an association editor invite only volunteers", () => {
    expect(mayInvite("association", "volunteer")).toBe(true);
    expect(mayInvite("association", "association")).toBe(false);
    expect(mayInvite("association", "admin")).toBe(false);
  });

  it("lets no other role invite anyone", () => {
    for (const inviter of ["coordinator", "homecare", "bridge_builder", "volunteer"] as const) {
      expect(mayInvite(inviter, "volunteer"), inviter).toBe(false);
      expect(mayInvite(inviter, "association"), inviter).toBe(false);
    }
  });
});

it("says who invites to what in plain Danish", () => {
  expect(invitationHeadline("Ældre Sagen Skive", "association")).toBe(
    "Ældre Sagen Skive har inviteret dig som foreningsredaktør",
  );
});
