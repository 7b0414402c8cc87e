import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  clockInDenmark,
  danishHolidays,
  dateInDenmark,
  easterSunday,
  isWorkingDay,
  workingDaysBetween,
} from "./working-days";

describe("Easter", () => {
  it("falls on 5 April 2026 and 28 March 2027", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
  });

  it("matches known years far apart", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2038)).toBe("2038-04-25");
    expect(easterSunday(2285)).toBe("2285-03-22");
  });
});

describe("Danish days off", () => {
  it("lists the movable holidays of 2026 from Easter", () => {
    const days = danishHolidays(2026);
    for (const day of [
      "2026-04-02", // skærtorsdag
      "2026-04-03", // langfredag
      "2026-04-06", // 2. påskedag
      "2026-05-14", // Kristi himmelfartsdag
      "2026-05-25", // 2. pinsedag
    ])
      expect(days, day).toContain(day);
  });

  it("no longer treats store bededag as a holiday", () => {
    // Store bededag would have been the fourth Friday after Easter: 1 May 2026.
    expect(isWorkingDay("2026-05-01")).toBe(true);
  });

  it("gives grundlovsdag, Christmas Eve and New Year's Eve off", () => {
    expect(isWorkingDay("2026-06-05")).toBe(false);
    expect(isWorkingDay("2026-12-24")).toBe(false);
    expect(isWorkingDay("2026-12-31")).toBe(false);
    expect(isWorkingDay("2027-01-01")).toBe(false);
  });

  it("counts weekends as days off", () => {
    expect(isWorkingDay("2026-11-21")).toBe(false); // Saturday
    expect(isWorkingDay("2026-11-22")).toBe(false); // Sunday
    expect(isWorkingDay("2026-11-23")).toBe(true); // Monday
  });
});

describe("counting working days", () => {
  it("skips the weekend: Friday to Monday is one working day", () => {
    expect(workingDaysBetween("2026-11-20", "2026-11-23")).toBe(1);
    expect(workingDaysBetween("2026-11-20", "2026-11-20")).toBe(0);
  });

  it("counts a whole working week as five", () => {
    expect(workingDaysBetween("2026-11-23", "2026-11-30")).toBe(5);
  });

  it("skips the Easter days of 2027", () => {
    // Wednesday 24 March to Wednesday 31 March 2027: Thursday to Monday are off.
    expect(workingDaysBetween("2027-03-24", "2027-03-31")).toBe(2);
  });

  it("is negative when the end comes first", () => {
    expect(workingDaysBetween("2026-11-30", "2026-11-23")).toBe(-5);
  });

  it("adds working days across a weekend", () => {
    expect(addWorkingDays("2026-11-20", 5)).toBe("2026-11-27");
    expect(addWorkingDays("2026-11-23", 0)).toBe("2026-11-23");
  });

  it("adds working days across Christmas and New Year 2026", () => {
    // Tuesday 22 December: 23 Dec, then 28, 29, 30 Dec and 4 Jan 2027.
    expect(addWorkingDays("2026-12-22", 5)).toBe("2027-01-04");
  });

  it("adds working days across Ascension Day 2026", () => {
    // Wednesday 13 May: Thursday 14 is Kristi himmelfartsdag.
    expect(addWorkingDays("2026-05-13", 2)).toBe("2026-05-18");
  });
});

describe("the Danish calendar date", () => {
  it("is already tomorrow in Denmark shortly before midnight UTC", () => {
    expect(dateInDenmark("2026-11-23T23:30:00Z")).toBe("2026-11-24");
    expect(dateInDenmark("2026-07-01T21:59:00Z")).toBe("2026-07-01");
  });
});

describe("the time of day in Denmark", () => {
  it("is Copenhagen's clock, summer and winter, whatever the server's zone", () => {
    expect(clockInDenmark("2026-01-15T08:05:00Z")).toBe("09:05");
    expect(clockInDenmark("2026-07-15T22:30:00Z")).toBe("00:30");
  });
});
