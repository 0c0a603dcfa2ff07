import type { InputHTMLAttributes, ReactNode } from "react";

/** Form primitives shared by every form: a labelled field with its error, a button, an alert. */

export const inputClass = "w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
export const buttonClass = "rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60";
export const compactSelectClass = "rounded-md border border-slate-400 bg-white px-2 py-1 text-sm";
export const secondaryButtonClass = "rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60";

export function TextField({ label, name, error, hint, ...input }: { label: string; name: string; error?: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      )}
      <input id={id} name={name} className={inputClass} aria-invalid={error ? true : undefined} aria-describedby={described} {...input} />
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}

export function FormAlert({ children, tone = "error" }: { children: ReactNode; tone?: "error" | "success" }) {
  const colours = tone === "error" ? "border-red-300 bg-red-50 text-red-800" : "border-emerald-300 bg-emerald-50 text-emerald-900";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 text-sm ${colours}`}>
      {children}
    </p>
  );
}

/**
 * A form's submit handler that keeps what the user typed (a React form action would reset the
 * fields, losing them when the server refuses): `run` gets the values and the form element.
 * Forms using it say method="post", so that a submit before the page is interactive never puts
 * what was typed (a password) into the URL.
 */
export function onSubmitKeepingValues(run: (values: FormData, form: HTMLFormElement) => void) {
  return (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    run(new FormData(event.currentTarget), event.currentTarget);
  };
}

/** A small select with its label above it, for filter bars and pickers: options are [value, text] pairs. */
export function LabelledSelect({ label, name, defaultValue, options }: { label: string; name: string; defaultValue?: string; options: readonly (readonly [string, string])[] }) {
  return (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      <select name={name} defaultValue={defaultValue} className={compactSelectClass}>
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
