import { chromium } from "playwright-core";
import { demoLogins } from "../../db/seed";
const base = "http://localhost:3999";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const shot = async (role: string, paths: string[], width = 1280) => {
  const ctx = await browser.newContext({ baseURL: base, locale: "da-DK", viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  const who = demoLogins.find((l) => l.role === role)!;
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Adgangskode").fill(who.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  for (const p of paths) {
    let path = p;
    if (p.includes("CIT")) {
      await page.goto("/borgere?trin=in_progress");
      const href = await page.locator('main table a[href^="/borgere/"]').first().getAttribute("href");
      path = p.replace("/borgere/CIT", href!);
    }
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const name = `${role}-${width}-${p.replace(/\W+/g, "_")}.png`;
    await page.screenshot({ path: `/tmp/shot/${name}`, fullPage: true });
    console.log(name);
  }
  await ctx.close();
};
await shot("coordinator", ["/", "/arbejdsliste", "/borgere", "/borgere/CIT", "/borgere/CIT/screening", "/borgere/CIT/klippekort", "/borgere/CIT/opfoelgning", "/klippekort", "/borgere/CIT/aktiviteter"]);
await shot("homecare", ["/", "/henvisninger"], 375);
await browser.close();
