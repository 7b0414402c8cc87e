import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzip } from "../../tests/support/unzip";
import { zip } from "./zip.server";

const hasPython = spawnSync("python3", ["--version"]).status === 0;

describe("zip archive", () => {
  const files = [
    { name: "print.pdf", data: new Uint8Array(readFileSync(new URL(import.meta.url))) },
    { name: "læs mig – æøå.txt", data: new TextEncoder().encode("Hej ".repeat(500)) },
    { name: "tom.txt", data: new Uint8Array() },
  ];

  it("gives back every file with its UTF-8 name and exact bytes", () => {
    const read = unzip(zip(files));
    expect([...read.keys()]).toEqual(files.map((f) => f.name));
    for (const f of files) expect(read.get(f.name)).toEqual(Buffer.from(f.data));
  });

  it.skipIf(!hasPython)("is read by Python's zipfile too, the way other tools read it", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "zip-"));
    const archive = path.join(dir, "breve.zip");
    writeFileSync(archive, zip(files));
    const check = "import sys,zipfile;z=zipfile.ZipFile(sys.argv[1]);assert z.testzip() is None;print('\\n'.join(z.namelist()))";
    const listing = execFileSync("python3", ["-c", check, archive], { encoding: "utf8" });
    expect(listing.trim().split("\n")).toEqual(files.map((f) => f.name));
  });
});
