// What the server hands every loader and action besides the request
// (scripts/start.ts, getLoadContext). Optional: the development server and the tests
// call routes without it.
declare module "react-router" {
  interface AppLoadContext {
    /** The client's IP address as Express sees it (behind a proxy on a private network, the forwarded one). */
    clientAddress?: string;
  }
}

export {};
