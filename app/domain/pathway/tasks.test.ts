import { describe, expect, it } from "vitest";
import { isOverdue } from "./tasks";

describe("isOverdue", () => {
  const today = "2026-11-23";

  it("marks an open task due yesterday", () => {
    expect(isOverdue({ dueDate: "2026-11-22", doneAt: null }, today)).toBe(true);
  });

  it("does not mark a task due today", () => {
    expect(isOverdue({ dueDate: today, doneAt: null }, today)).toBe(false);
  });

  it("does not mark a done task, however late", () => {
    expect(isOverdue({ dueDate: "2026-01-01", doneAt: "2026-11-20T10:00:00.000Z" }, today)).toBe(false);
  });

  it("does not mark a task without a due date", () => {
    expect(isOverdue({ dueDate: null, doneAt: null }, today)).toBe(false);
  });
});
