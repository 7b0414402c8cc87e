import type { AssociationProfile } from "../data/public-associations.server";
import { websiteHref } from "./catalogue-labels";

/** How to reach an association, each way as a link a phone can act on. */
export function AssociationContact({ association: a }: { association: AssociationProfile }) {
  const website = websiteHref(a.website);
  return (
    <dl className="facts">
      {a.contactName ? (
        <>
          <dt>Kontaktperson</dt>
          <dd>{a.contactName}</dd>
        </>
      ) : null}
      {a.phone ? (
        <>
          <dt>Telefon</dt>
          <dd>
            <a href={`tel:${a.phone.replace(/\s/g, "")}`}>{a.phone}</a>
          </dd>
        </>
      ) : null}
      {a.email ? (
        <>
          <dt>E-mail</dt>
          <dd>
            <a href={`mailto:${a.email}`}>{a.email}</a>
          </dd>
        </>
      ) : null}
      {a.website ? (
        <>
          <dt>Hjemmeside</dt>
          <dd>{website ? <a href={website}>{a.website}</a> : a.website}</dd>
        </>
      ) : null}
    </dl>
  );
}
