import { Link, useRouteLoaderData } from "react-router";
import { mayUse } from "../auth/permissions";
import type { loader as rootLoader } from "../root";
import { navigationFor } from "../ui/navigation";

export const meta = () => [{ title: "Fællesskabsbro – sammen mod ensomhed" }];

export default function Home() {
  const root = useRouteLoaderData<typeof rootLoader>("root");
  const user = root?.user ?? null;
  if (user) {
    // The worklist is where a coordinator's day starts, so it gets the big button.
    const worklist = mayUse(user.role, "/arbejdsliste");
    // The big button's page is not repeated among the shortcuts below it.
    const association = mayUse(user.role, "/forening");
    const primary =
      user.role === "homecare" ? "/henvisning" : worklist ? "/arbejdsliste" : association ? "/forening" : null;
    const shortcuts = navigationFor(user.role).filter((item) => item.to !== primary);
    return (
      <section>
        <h1>Goddag, {user.name.split(" ")[0]}</h1>
        <p className="font-lead">Du er logget ind som {user.roleLabel.toLowerCase()}.</p>
        {user.role === "homecare" ? (
          // Referring is what home care comes here for: one tap from the front page.
          <>
            <p>Har du mødt en borger, der virker ensom? Henvis vedkommende her – det tager under et minut.</p>
            <p>
              <Link to="/henvisning" className="button button-primary">
                Henvis en borger
              </Link>
            </p>
          </>
        ) : worklist ? (
          <p>
            <Link to="/arbejdsliste" className="button button-primary">
              Åbn dagens arbejdsliste
            </Link>
          </p>
        ) : association ? (
          <p>
            <Link to="/forening" className="button button-primary">
              Åbn foreningens side
            </Link>
          </p>
        ) : null}
        <ul className="card-list">
          {shortcuts.map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="item-card d-block">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  return (
    <section>
      <h1>Sammen mod ensomhed</h1>
      <p className="font-lead">
        Fællesskabsbro bygger bro mellem ældre, der savner nogen at være sammen med, og de
        foreninger og frivillige, der gerne vil være det.
      </p>
      <p>
        Kommunens fællesskabskoordinatorer finder sammen med borgeren ud af, hvad der giver
        mening: en besøgsven, en gåtur, en kortklub eller en fællesspisning. Foreningerne
        fortæller her, hvad de tilbyder.
      </p>
      <p>
        <Link to="/aktiviteter" className="button button-primary">
          Se aktiviteter
        </Link>{" "}
        <Link to="/login" className="button button-secondary">
          Log ind som medarbejder eller frivillig
        </Link>
      </p>
    </section>
  );
}
