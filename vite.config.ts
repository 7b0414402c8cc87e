import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  // better-sqlite3 and argon2 are native addons: keep them out of the server bundle.
  ssr: { external: ["better-sqlite3", "@node-rs/argon2", "pdfkit"] },
});
