import "dkfds/dist/css/dkfds.css";
import "./ui/app.css";
import {
  Form,
  Link,
  Links,
  Meta,
  NavLink,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useRouteLoaderData,
} from "react-router";
import type { Route } from "./+types/root";
import { getSessionUser } from "./auth/guard.server";
import { mayUse, roleLabels } from "./auth/permissions";
import { navigationFor } from "./ui/navigation";
import { messages } from "./ui/messages";

export async function loader({ request }: Route.LoaderArgs) {
  const user = await getSessionUser(request);
  return {
    user: user ? { name: user.name, role: user.role, roleLabel: roleLabels[user.role] } : null,
  };
}

export const links = () => [{ rel: "icon", href: "/favicon.svg", type: "image/svg+xml" }];

export function meta() {
  return [{ title: "Fællesskabsbro" }];
}

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const user = root?.user ?? null;
  const nav = navigationFor(user?.role ?? null);
  return (
    <html lang="da">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <a className="skipnav" href="#main-content">
          Gå til sidens indhold
        </a>
        <header className="site-header">
          <div className="container site-header-inner">
            <Link to="/" className="site-logo">
              Fællesskabsbro
              <span className="site-logo-sub">Demo Kommune og foreningerne</span>
            </Link>
            <div className="site-user">
              {user ? (
                <>
                  <span>
                    {user.name}, <span className="site-user-role">{user.roleLabel}</span>
                  </span>
                  {mayUse(user.role, "/konto/kontaktkort") ? <Link to="/konto/kontaktkort">Mit kontaktkort</Link> : null}
                  <Link to="/konto/adgangskode">Skift adgangskode</Link>
                  <Form method="post" action="/logout">
                    <button type="submit" className="button button-tertiary">
                      Log af
                    </button>
                  </Form>
                </>
              ) : (
                <Link to="/login" className="button button-secondary">
                  Log ind
                </Link>
              )}
            </div>
          </div>
          <nav className="site-nav" aria-label="Hovedmenu">
            <div className="container">
              <ul>
                {nav.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end={item.end}>
                      {item.label}
                    </NavLink>
                  </li>
                ))}
              </ul>
            </div>
          </nav>
        </header>
        <main id="main-content" className="container site-main">
          {children}
        </main>
        <footer className="site-footer">
          <div className="container">
            <p>
              Fællesskabsbro – et samarbejde mellem Demo Kommune, Ældre Sagen og Røde Kors om at
              bryde ensomhed. Demodata er opdigtede.
            </p>
          </div>
        </footer>
        <ScrollRestoration />
        <Scripts />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  let title = "Noget gik galt";
  let text: string = messages.serverError;
  if (isRouteErrorResponse(error)) {
    const message = (error.data as { message?: unknown } | undefined)?.message;
    if (error.status === 403) title = "Ingen adgang";
    else if (error.status === 404) title = "Siden findes ikke";
    else if (error.status < 500) title = "Forespørgslen kunne ikke behandles";
    text =
      typeof message === "string"
        ? message
        : error.status === 404
          ? messages.notFound
          : error.status === 403
            ? messages.forbidden
            : text;
  } else if (import.meta.env.DEV && error instanceof Error) {
    text = error.message;
  }
  return (
    <section>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        <Link to="/">Gå til forsiden</Link>
      </p>
    </section>
  );
}
