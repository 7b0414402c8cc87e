import { fileURLToPath } from "node:url";
import { reactRouter } from "@react-router/dev/vite";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: {
    // dkfds exports only its JS entry; its stylesheet (with IBM Plex Sans) is reached by path.
    alias: [
      {
        find: /^dkfds\/dist\/(.*)$/,
        replacement: fileURLToPath(new URL("./node_modules/dkfds/dist/$1", import.meta.url)),
      },
    ],
  },
  // Native addons stay outside the server bundle.
  ssr: { external: ["better-sqlite3", "@node-rs/argon2"] },
});
