import { type KeyboardEvent, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { type AddressHit, addressQuery, addressSearchAnswer } from "../address/address-hit";
import { messages } from "./messages";

// "Søg adresse": a WAI-ARIA 1.2 combobox with a listbox popup (list autocomplete,
// manual selection). Choosing a suggestion fills the ordinary address fields below
// it, which stay the source of truth: without JavaScript the box is never rendered,
// and when the service is unavailable the fields are simply typed by hand.

/** The ids of the form inputs a chosen address fills in. */
export interface AddressTargets {
  address: string;
  postcode: string;
  city: string;
  lat: string;
  lng: string;
}

const debounceMs = 300;

/**
 * Sets an uncontrolled input as if typed, so Conform (which listens for input
 * events) validates it and drafts that save while typing notice the change.
 */
function fillInput(id: string, value: string) {
  const input = document.getElementById(id);
  if (!(input instanceof HTMLInputElement)) return;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event("input", { bubbles: true }));
  input.dispatchEvent(new Event("change", { bubbles: true }));
}

const noSubscription = () => () => {};
/** False on the server and while hydrating, true once JavaScript runs the page. */
const useHydrated = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

const danishDecimal = (value: number) => String(value).replace(".", ",");

const countText = (count: number) =>
  count === 0 ? "Ingen adresser passer. Prøv med vejnavn og husnummer." : `${count} forslag`;

export function AddressSearch({ targets }: { targets: AddressTargets }) {
  // Rendered only once JavaScript runs: without it there is nothing to search with.
  const enhanced = useHydrated();
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<AddressHit[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const [unavailable, setUnavailable] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<AbortController>(undefined);
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const hintId = `${baseId}-hint`;
  const listId = `${baseId}-list`;
  const optionId = (index: number) => `${baseId}-option-${index}`;

  useEffect(() => {
    return () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    };
  }, []);

  async function search(text: string) {
    inFlight.current?.abort();
    const controller = new AbortController();
    inFlight.current = controller;
    try {
      const response = await fetch(`/api/adresser?q=${encodeURIComponent(text)}`, {
        headers: { Accept: "application/json" },
        signal: controller.signal,
      });
      const parsed = response.ok ? addressSearchAnswer.safeParse(await response.json()) : null;
      if (!parsed?.success) throw new Error(`address search answered ${response.status}`);
      setUnavailable(false);
      setHits(parsed.data.hits);
      setActive(-1);
      setOpen(parsed.data.hits.length > 0);
      setStatus(countText(parsed.data.hits.length));
    } catch (error) {
      if (controller.signal.aborted) return;
      console.warn(error);
      setUnavailable(true);
      setHits([]);
      setOpen(false);
    }
  }

  function onChange(text: string) {
    setQuery(text);
    clearTimeout(timer.current);
    const trimmed = text.trim();
    if (trimmed.length < addressQuery.min) {
      inFlight.current?.abort();
      setHits([]);
      setOpen(false);
      setStatus("");
      return;
    }
    timer.current = setTimeout(() => void search(trimmed.slice(0, addressQuery.max)), debounceMs);
  }

  function choose(hit: AddressHit) {
    // A search still waiting for its debounce would reopen the list over the choice.
    clearTimeout(timer.current);
    inFlight.current?.abort();
    fillInput(targets.address, hit.address);
    fillInput(targets.postcode, hit.postcode);
    fillInput(targets.city, hit.city);
    fillInput(targets.lat, danishDecimal(hit.lat));
    fillInput(targets.lng, danishDecimal(hit.lng));
    setQuery(hit.text);
    setOpen(false);
    setActive(-1);
    setStatus(`Adressen er udfyldt nedenfor: ${hit.text}`);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = hits.length;
    switch (event.key) {
      case "ArrowDown":
        if (count === 0) return;
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(0);
        } else {
          setActive((active + 1) % count);
        }
        return;
      case "ArrowUp":
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive(active <= 0 ? count - 1 : active - 1);
        return;
      case "Enter":
        // Enter in the search box searches or chooses; it never submits the form.
        event.preventDefault();
        if (open && active >= 0) choose(hits[active]!);
        return;
      case "Escape":
        event.preventDefault();
        if (open) {
          setOpen(false);
          setActive(-1);
        } else {
          onChange("");
        }
        return;
      case "Tab":
        setOpen(false);
        return;
    }
  }

  if (!enhanced) return null;
  const expanded = open && hits.length > 0;
  return (
    <div className="form-group address-search">
      <label className="form-label" htmlFor={inputId}>
        Søg adresse
      </label>
      <span className="form-hint" id={hintId}>
        Skriv vej og husnummer, fx Vestergade 12 Skive. Vælg et forslag med piletasterne og Enter, så udfyldes
        felterne nedenfor.
      </span>
      <input
        id={inputId}
        type="text"
        role="combobox"
        className="form-input"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={hintId}
        autoComplete="off"
        spellCheck={false}
        maxLength={addressQuery.max}
        value={query}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label="Adresseforslag" className="address-search-list" hidden={!expanded}>
        {hits.map((hit, index) => (
          <li
            key={`${hit.text}-${index}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className="address-search-option"
            // Keeps focus in the box, so the click chooses before the list closes on blur.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit)}
          >
            {hit.text}
          </li>
        ))}
      </ul>
      <p role="status" className={unavailable ? "address-search-note" : "sr-only"}>
        {unavailable ? messages.addressSearchUnavailable : status}
      </p>
    </div>
  );
}
