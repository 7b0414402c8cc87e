import {
  type FieldMetadata,
  type FormMetadata,
  getCollectionProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
} from "@conform-to/react";
import type { ReactNode } from "react";
import { AddressSearch } from "./address-search";
import {
  dayPartLabels,
  dayParts,
  slotLabel,
  slots,
  weekdayLabels,
  weekdays,
} from "../domain/vocabulary";
import { messages } from "./messages";

// DKFDS markup for Conform fields: label, hint, error and input wired together
// with ids so a screen reader reads the error with the field.

type Field = FieldMetadata<any, any, any>;

function ErrorMessage({ field }: { field: Field }) {
  if (!field.errors?.length) return null;
  return (
    <span className="form-error-message" id={field.errorId}>
      <span className="sr-only">Fejl: </span>
      {field.errors[0]}
    </span>
  );
}

function Hint({ field, hint }: { field: Field; hint?: ReactNode }) {
  return hint ? (
    <span className="form-hint" id={field.descriptionId}>
      {hint}
    </span>
  ) : null;
}

function Label({ field, label, optional }: { field: Field; label: string; optional?: boolean }) {
  return (
    <label className="form-label" htmlFor={field.id}>
      {label}
      {optional ? <span className="weight-normal"> (frivilligt)</span> : null}
    </label>
  );
}

function groupClass(field: Field, extra = "") {
  return `form-group${field.errors?.length ? " form-error" : ""}${extra ? ` ${extra}` : ""}`;
}

export function TextField({
  field,
  label,
  hint,
  type = "text",
  autoComplete,
  inputMode,
  optional,
  className,
  suggestions,
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  type?: "text" | "email" | "tel" | "password" | "date" | "time" | "number";
  autoComplete?: string;
  inputMode?: "decimal" | "numeric" | "tel" | "email";
  optional?: boolean;
  className?: string;
  /** Values offered while typing (a datalist); anything else may still be typed. */
  suggestions?: readonly string[];
}) {
  const { key, ...props } = getInputProps(field, { type, ariaDescribedBy: hint ? field.descriptionId : undefined });
  const listId = suggestions ? `${field.id}-suggestions` : undefined;
  return (
    <div className={groupClass(field)}>
      <Label field={field} label={label} optional={optional} />
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <input
        key={key}
        {...props}
        // Numbers are typed as text so "56,49" with a Danish comma is accepted.
        type={type === "number" ? "text" : type}
        className={`form-input${className ? ` ${className}` : ""}`}
        autoComplete={autoComplete}
        inputMode={inputMode ?? (type === "number" ? "decimal" : undefined)}
        list={listId}
      />
      {suggestions ? (
        <datalist id={listId}>
          {suggestions.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      ) : null}
    </div>
  );
}

export function TextArea({
  field,
  label,
  hint,
  rows = 5,
  optional,
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  rows?: number;
  optional?: boolean;
}) {
  const { key, ...props } = getTextareaProps(field, {
    ariaDescribedBy: hint ? field.descriptionId : undefined,
  });
  return (
    <div className={groupClass(field)}>
      <Label field={field} label={label} optional={optional} />
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <textarea key={key} {...props} className="form-input" rows={rows} />
    </div>
  );
}

export function SelectField({
  field,
  label,
  options,
  placeholder = "Vælg",
  optional,
}: {
  field: Field;
  label: string;
  options: readonly { value: string; label: string }[];
  placeholder?: string;
  optional?: boolean;
}) {
  const { key, ...props } = getSelectProps(field);
  return (
    <div className={groupClass(field)}>
      <Label field={field} label={label} optional={optional} />
      <ErrorMessage field={field} />
      <select key={key} {...props} className="form-select">
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A group of checkboxes (many values) or radio buttons (one value). */
export function ChoiceGroup({
  field,
  legend,
  hint,
  type,
  options,
  columns,
}: {
  field: Field;
  legend: string;
  hint?: ReactNode;
  type: "checkbox" | "radio";
  options: readonly { value: string; label: string }[];
  columns?: boolean;
}) {
  const inputs = getCollectionProps(field, {
    type,
    options: options.map((o) => o.value),
    ariaDescribedBy: hint ? field.descriptionId : undefined,
  });
  const labels = new Map(options.map((o) => [o.value, o.label]));
  return (
    <div className={groupClass(field)}>
      <fieldset id={field.id} aria-describedby={field.errors?.length ? field.errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        <Hint field={field} hint={hint} />
        <ErrorMessage field={field} />
        <div className={columns ? "choice-columns" : undefined}>
          {inputs.map(({ key, ...props }) => (
            <div key={key} className={type === "checkbox" ? "form-group-checkbox" : "form-group-radio"}>
              <input {...props} className={type === "checkbox" ? "form-checkbox" : "form-radio"} />
              <label htmlFor={props.id}>{labels.get(props.value)}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** Weekly availability as a week × part-of-day grid: 21 checkboxes a person can scan. */
export function SlotGrid({ field, legend, hint }: { field: Field; legend: string; hint?: ReactNode }) {
  const inputs = getCollectionProps(field, {
    type: "checkbox",
    options: [...slots],
    ariaDescribedBy: hint ? field.descriptionId : undefined,
  });
  const bySlot = new Map(inputs.map((props) => [props.value, props]));
  return (
    <div className={groupClass(field)}>
      <fieldset id={field.id} aria-describedby={field.errors?.length ? field.errorId : undefined}>
        <legend className="form-label">{legend}</legend>
        <Hint field={field} hint={hint} />
        <ErrorMessage field={field} />
        <table className="slot-grid">
          <thead>
            <tr>
              <td />
              {dayParts.map((part) => (
                <th key={part} scope="col">
                  {dayPartLabels[part]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weekdays.map((day) => (
              <tr key={day}>
                <th scope="row">{weekdayLabels[day]}</th>
                {dayParts.map((part) => {
                  const slot = `${day}-${part}` as const;
                  const { key, ...props } = bySlot.get(slot)!;
                  return (
                    <td key={key}>
                      <input {...props} aria-label={slotLabel(slot)} />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>
    </div>
  );
}

export function Checkbox({ field, label, hint }: { field: Field; label: string; hint?: ReactNode }) {
  const { key, ...props } = getInputProps(field, {
    type: "checkbox",
    ariaDescribedBy: hint ? field.descriptionId : undefined,
  });
  return (
    <div className={groupClass(field)}>
      <ErrorMessage field={field} />
      <div className="form-group-checkbox">
        <input key={key} {...props} className="form-checkbox" />
        <label htmlFor={field.id}>{label}</label>
      </div>
      <Hint field={field} hint={hint} />
    </div>
  );
}

/** A file picker; `accept` only guides the browser, the server checks the bytes. */
export function FileField({ field, label, hint, accept }: { field: Field; label: string; hint: ReactNode; accept: string }) {
  return (
    <div className={groupClass(field)}>
      <Label field={field} label={label} />
      <Hint field={field} hint={hint} />
      <ErrorMessage field={field} />
      <input
        type="file"
        id={field.id}
        name={field.name}
        accept={accept}
        className="form-file-input"
        aria-describedby={`${field.descriptionId}${field.errors?.length ? ` ${field.errorId}` : ""}`}
        aria-invalid={field.errors?.length ? true : undefined}
      />
    </div>
  );
}

/**
 * Shown at the top after a failed submit, so keyboard and screen-reader users learn
 * what to fix; each line links to its field.
 */
export function ErrorSummary({ form }: { form: FormMetadata<any, string[]> }) {
  if (form.status !== "error") return null;
  const fieldErrors = Object.entries(form.allErrors as Record<string, string[]>).filter(
    ([name, errors]) => name !== "" && errors.length > 0,
  );
  if (!form.errors?.length && fieldErrors.length === 0) return null;
  return (
    <div className="alert alert-error" role="alert">
      <div className="alert-body">
        <p className="alert-heading">{messages.formInvalid}</p>
        <ul className="alert-text error-summary">
          {form.errors?.map((e: string) => <li key={e}>{e}</li>)}
          {fieldErrors.map(([name, errors]) => (
            <li key={name}>
              <a href={`#${form.id}-${name.replace(/\[\d+\]$/, "")}`}>{errors[0]}</a>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/**
 * Latitude and longitude with Danish decimal commas: filled in by address search, or
 * typed by hand when it is unavailable. They stay visible so a misplaced pin can be
 * corrected.
 */
function CoordinateFields({ fields }: { fields: { lat: Field; lng: Field } }) {
  return (
    <div className="form-row">
      <TextField field={fields.lat} label="Breddegrad" type="number" hint="Fx 56,4907" />
      <TextField field={fields.lng} label="Længdegrad" type="number" hint="Fx 8,5912" />
    </div>
  );
}

/**
 * A Danish address with its coordinates, with a "Søg adresse" box above that fills
 * them in when JavaScript runs. A citizen's address is personal data typed by staff,
 * so the browser is not asked to fill it in or remember it.
 */
export function AddressFields({
  fields,
  personal,
}: {
  fields: { address: Field; postcode: Field; city: Field; lat: Field; lng: Field };
  personal?: boolean;
}) {
  return (
    <>
      <AddressSearch
        targets={{
          address: fields.address.id,
          postcode: fields.postcode.id,
          city: fields.city.id,
          lat: fields.lat.id,
          lng: fields.lng.id,
        }}
      />
      <TextField field={fields.address} label="Vej og husnummer" autoComplete={personal ? "off" : "street-address"} />
      <div className="form-row">
        <TextField
          field={fields.postcode}
          label="Postnummer"
          inputMode="numeric"
          autoComplete={personal ? "off" : "postal-code"}
        />
        <TextField field={fields.city} label="By" autoComplete={personal ? "off" : "address-level2"} />
      </div>
      <CoordinateFields fields={fields} />
    </>
  );
}
