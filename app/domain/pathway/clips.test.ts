import { describe, expect, it } from "vitest";
import {
  type ClipGrantTerms,
  balanceOn,
  clipsForMinutes,
  decideUse,
  forecastMonth,
  monthBounds,
  monthCost,
  statement,
  usesFit,
} from "./clips";

// 2026-11-23 is a Monday.
const weekly: ClipGrantTerms = {
  clipsPerPeriod: 2,
  period: "week",
  minutesPerClip: 30,
  startDate: "2026-11-25", // a Wednesday: the first week is 23–29 November
  expiryDate: "2026-12-20",
  savedCap: 3,
};

const monthly: ClipGrantTerms = {
  clipsPerPeriod: 4,
  period: "month",
  minutesPerClip: 60,
  startDate: "2026-10-15",
  expiryDate: "2027-01-31",
  savedCap: 2,
};

describe("clipsForMinutes", () => {
  it("rounds a started clip up to a whole clip", () => {
    expect(clipsForMinutes(30, 30)).toBe(1);
    expect(clipsForMinutes(31, 30)).toBe(2);
    expect(clipsForMinutes(45, 30)).toBe(2);
    expect(clipsForMinutes(1, 60)).toBe(1);
  });
});

describe("balanceOn", () => {
  it("is zero before the grant starts", () => {
    expect(balanceOn(weekly, [], "2026-11-24")).toBe(0);
  });

  it("gives the first period's clips from the start date, even mid-week", () => {
    expect(balanceOn(weekly, [], "2026-11-25")).toBe(2);
    expect(balanceOn(weekly, [], "2026-11-29")).toBe(2);
  });

  it("accrues on Mondays for weekly grants and carries unused clips over", () => {
    expect(balanceOn(weekly, [], "2026-11-30")).toBe(4); // 2 saved + 2 new
  });

  it("caps the saved clips carried into a new period", () => {
    // Week 3: 4 saved, capped to 3, plus 2 new.
    expect(balanceOn(weekly, [], "2026-12-07")).toBe(5);
    // Week 4: 5 saved, capped to 3, plus 2 new — it never grows past cap + accrual.
    expect(balanceOn(weekly, [], "2026-12-14")).toBe(5);
  });

  it("accrues on the first of the month for monthly grants", () => {
    expect(balanceOn(monthly, [], "2026-10-31")).toBe(4);
    expect(balanceOn(monthly, [], "2026-11-01")).toBe(6); // 4 saved capped to 2, plus 4
  });

  it("subtracts uses on and before the date, not after", () => {
    const uses = [
      { usedOn: "2026-11-26", clips: 1 },
      { usedOn: "2026-12-01", clips: 2 },
    ];
    expect(balanceOn(weekly, uses, "2026-11-26")).toBe(1);
    expect(balanceOn(weekly, uses, "2026-11-30")).toBe(3);
    expect(balanceOn(weekly, uses, "2026-12-01")).toBe(1);
  });

  it("counts a use across periods only in its own period", () => {
    // Using the saved clips before Monday means nothing is lost to the cap.
    const uses = [{ usedOn: "2026-12-06", clips: 4 }];
    expect(balanceOn(weekly, uses, "2026-12-06")).toBe(0);
    expect(balanceOn(weekly, uses, "2026-12-07")).toBe(2);
  });

  it("is zero after expiry, whatever was saved", () => {
    expect(balanceOn(weekly, [], "2026-12-20")).toBe(5);
    expect(balanceOn(weekly, [], "2026-12-21")).toBe(0);
  });
});

describe("statement", () => {
  it("shows each period's accrual, use, carry-over and what the cap took", () => {
    const rows = statement(weekly, [{ usedOn: "2026-12-02", clips: 1 }], "2026-12-08");
    expect(rows).toEqual([
      { from: "2026-11-25", to: "2026-11-29", carried: 0, forfeited: 0, accrued: 2, used: 0, balance: 2 },
      { from: "2026-11-30", to: "2026-12-06", carried: 2, forfeited: 0, accrued: 2, used: 1, balance: 3 },
      { from: "2026-12-07", to: "2026-12-13", carried: 3, forfeited: 0, accrued: 2, used: 0, balance: 5 },
    ]);
    const later = statement(weekly, [], "2026-12-14");
    expect(later.at(-1)).toMatchObject({ from: "2026-12-14", to: "2026-12-20", carried: 3, forfeited: 2 });
  });

  it("ends the last period at the expiry date", () => {
    const rows = statement(weekly, [], "2027-03-01");
    expect(rows).toHaveLength(4);
    expect(rows.at(-1)?.to).toBe("2026-12-20");
  });

  it("is empty before the start", () => {
    expect(statement(weekly, [], "2026-11-20")).toEqual([]);
  });
});

describe("decideUse", () => {
  it("turns the minutes into clips when there are enough", () => {
    expect(decideUse(weekly, [], "2026-11-26", 45)).toEqual({ ok: true, clips: 2 });
  });

  it("refuses a use larger than the balance on its date and says how many are left", () => {
    const uses = [{ usedOn: "2026-11-26", clips: 1 }];
    expect(decideUse(weekly, uses, "2026-11-27", 60)).toEqual({ ok: false, reason: "not_enough", available: 1 });
  });

  it("refuses a back-dated use that would take clips a later use already spent", () => {
    const uses = [{ usedOn: "2026-11-28", clips: 2 }];
    // On the 26th the balance is 2, but both are spent on the 28th.
    expect(balanceOn(weekly, uses, "2026-11-26")).toBe(2);
    expect(decideUse(weekly, uses, "2026-11-26", 30)).toEqual({ ok: false, reason: "not_enough", available: 0 });
  });

  it("refuses uses before the start and after expiry", () => {
    expect(decideUse(weekly, [], "2026-11-24", 30)).toEqual({ ok: false, reason: "before_start" });
    expect(decideUse(weekly, [], "2026-12-21", 30)).toEqual({ ok: false, reason: "expired" });
  });
});

describe("usesFit", () => {
  it("rejects terms that leave logged uses uncovered", () => {
    const uses = [{ usedOn: "2026-11-26", clips: 2 }];
    expect(usesFit(weekly, uses)).toBe(true);
    expect(usesFit({ ...weekly, clipsPerPeriod: 1 }, uses)).toBe(false);
    expect(usesFit({ ...weekly, startDate: "2026-11-27" }, uses)).toBe(false);
  });
});

describe("monthCost", () => {
  it("prices minutes at the hourly rate in whole kroner", () => {
    expect(monthCost(90, 400)).toBe(600);
    expect(monthCost(10, 385)).toBe(64);
  });
});

describe("monthBounds", () => {
  it("knows the length of every month", () => {
    expect(monthBounds("2026-11")).toEqual({ first: "2026-11-01", last: "2026-11-30" });
    expect(monthBounds("2028-02")).toEqual({ first: "2028-02-01", last: "2028-02-29" });
  });
});

describe("forecastMonth", () => {
  const grant: ClipGrantTerms = { ...weekly, startDate: "2026-11-02", expiryDate: "2027-03-31", savedCap: 0 };

  it("adds what active grants still allow this month to the use so far", () => {
    // Today Monday 23 Nov: this week's 2 clips in hand, plus the week from Monday 30 Nov.
    const forecast = forecastMonth({
      month: "2026-11",
      today: "2026-11-23",
      escortMinutesUsed: 120,
      detectionMinutesUsed: 0,
      grants: [{ grant, uses: [] }],
    });
    expect(forecast.escortMinutes).toBe(120 + 4 * 30);
  });

  it("continues the detection clips at the month's average per day so far", () => {
    const forecast = forecastMonth({
      month: "2026-11",
      today: "2026-11-10",
      escortMinutesUsed: 0,
      detectionMinutesUsed: 100,
      grants: [],
    });
    expect(forecast.detectionMinutes).toBe(100 + (100 / 10) * 20);
    expect(forecast.totalMinutes).toBe(300);
  });

  it("is the actual use for a month that is over", () => {
    const forecast = forecastMonth({
      month: "2026-10",
      today: "2026-11-23",
      escortMinutesUsed: 90,
      detectionMinutesUsed: 20,
      grants: [{ grant: monthly, uses: [] }],
    });
    expect(forecast).toEqual({ escortMinutes: 90, detectionMinutes: 20, totalMinutes: 110 });
  });

  it("counts a future month's accruals from the grants", () => {
    const forecast = forecastMonth({
      month: "2026-12",
      today: "2026-11-23",
      escortMinutesUsed: 0,
      detectionMinutesUsed: 0,
      grants: [{ grant: monthly, uses: [] }],
    });
    // 6 in hand on 30 November, of which the cap lets 2 into December, plus December's 4.
    expect(forecast.escortMinutes).toBe((2 + 4) * 60);
  });

  it("ignores clips that would accrue after expiry", () => {
    const forecast = forecastMonth({
      month: "2026-12",
      today: "2026-12-01",
      escortMinutesUsed: 0,
      detectionMinutesUsed: 0,
      grants: [{ grant: weekly, uses: [] }],
    });
    // In hand on 1 Dec: 4; new weeks start 7 and 14 Dec (2 each); the grant ends 20 Dec.
    expect(forecast.escortMinutes).toBe((4 + 2 + 2) * 30);
  });

  it("counts nothing for a grant that starts after the month", () => {
    const forecast = forecastMonth({
      month: "2026-11",
      today: "2026-11-23",
      escortMinutesUsed: 0,
      detectionMinutesUsed: 0,
      // Its first week begins Monday 30 November, but the clips only come on 2 December.
      grants: [{ grant: { ...weekly, startDate: "2026-12-02" }, uses: [] }],
    });
    expect(forecast.escortMinutes).toBe(0);
  });
});
