import { useReducer, useState, type FormEvent } from "react";
import type { z } from "zod";
import { NO_CONNECTION, type ApiFailure } from "./api-client";

/**
 * A form checked in the browser by the same zod schema its route checks on the server. The schema
 * (and zod with it) is loaded when the user first focuses one of the form's fields or submits it,
 * not with the page, so that a page's first load carries no validation code. Checks run on submit,
 * then again on each change of a field once the form has been submitted.
 *
 * The fields are the form's own inputs, read when they are checked: `register` names one, gives it
 * its default value once it is in the page and checks it as it changes. The names follow
 * react-hook-form's (`register`, `handleSubmit`, `formState.errors`, `setError`).
 */

type Values = Record<string, unknown>;
type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface FieldError {
  message: string;
}
type FieldErrors = Record<string, FieldError>;
export type FormErrors<T> = { [K in keyof T]?: FieldError } & { root?: { server?: FieldError } };

interface FormState<T> {
  errors: FormErrors<T>;
  isSubmitting: boolean;
  /** Submitted at least once: from then on, a changed field is checked at once. */
  isSubmitted: boolean;
  /** The last submit passed the checks and its handler set no error (the server took it). */
  isSubmitSuccessful: boolean;
}

interface FieldOptions {
  /** A number input or select read as a number (NaN when empty). */
  valueAsNumber?: boolean;
  setValueAs?: (value: string) => unknown;
}

interface Registration {
  name: string;
  ref: (element: FieldElement | null) => (() => void) | undefined;
  onChange: () => void;
  onFocus: () => void;
}

/** The first message of each field (by its path, `scopes.0` for an item), as a form shows it. */
export function firstErrorOfEachField(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) errors[issue.path.join(".")] ??= { message: issue.message };
  return errors;
}

class ZodForm<S extends z.ZodType<Values, Values>> {
  formState: FormState<z.input<S>> = initialState();
  private schema: Promise<S> | null = null;
  private readonly fields = new Map<
    string,
    { elements: Set<FieldElement>; options: FieldOptions; registration: Registration }
  >();
  private readonly placed = new WeakSet<FieldElement>();
  /** Per field, the latest check started by a change: an older one's answer is dropped. */
  private readonly checks = new Map<string, number>();

  constructor(
    private readonly loadSchema: () => Promise<S>,
    private defaults: Partial<z.input<S>>,
    private readonly rerender: () => void,
  ) {}

  register = (name: keyof z.input<S> & string, options: FieldOptions = {}): Registration => {
    const known = this.fields.get(name);
    if (known) {
      known.options = options;
      return known.registration;
    }
    const elements = new Set<FieldElement>();
    const registration: Registration = {
      name,
      ref: (element) => {
        if (!element) return undefined;
        elements.add(element);
        if (!this.placed.has(element)) {
          this.placed.add(element);
          writeField(element, (this.defaults as Values)[name]);
        }
        return () => elements.delete(element);
      },
      onChange: () => void this.recheck(name),
      onFocus: () => void this.load().catch(() => undefined),
    };
    this.fields.set(name, { elements, options, registration });
    return registration;
  };

  getValues = (): z.input<S> => {
    const values: Values = { ...this.defaults };
    for (const [name, { elements, options }] of this.fields) values[name] = readField([...elements], options);
    return values as z.input<S>;
  };

  setValue = (name: keyof z.input<S> & string, value: unknown): void => {
    for (const element of this.fields.get(name)?.elements ?? []) writeField(element, value);
  };

  setError = (name: (keyof z.input<S> & string) | "root.server", error: FieldError): void => {
    const errors: Values = { ...this.formState.errors };
    if (name === "root.server") errors.root = { server: error };
    else errors[name] = error;
    this.update({ errors: errors as FormErrors<z.input<S>> });
  };

  clearErrors = (): void => this.update({ errors: {} });

  /** New defaults (the current ones unless given) in the fields, no errors, not submitted. */
  reset = (values: Partial<z.input<S>> = this.defaults): void => {
    this.defaults = values;
    for (const [name, { elements }] of this.fields)
      for (const element of elements) writeField(element, (values as Values)[name]);
    this.update(initialState());
  };

  handleSubmit =
    (onValid: (values: z.output<S>) => unknown) =>
    async (event?: FormEvent): Promise<void> => {
      event?.preventDefault();
      this.update({ isSubmitting: true });
      const checked = await this.check().catch(() => null);
      if (!checked) {
        // The schema did not load (the connection dropped): nothing was checked, nothing sent.
        this.update({ isSubmitting: false });
        return this.setError("root.server", { message: NO_CONNECTION });
      }
      let failure: { error: unknown } | null = null;
      this.update({ errors: checked.errors });
      if (checked.ok) {
        try {
          await onValid(checked.data);
        } catch (error) {
          failure = { error };
        }
      } else this.focusFirstError();
      this.update({
        isSubmitted: true,
        isSubmitting: false,
        isSubmitSuccessful: Object.keys(this.formState.errors).length === 0 && !failure,
      });
      if (failure) throw failure.error;
    };

  private update(change: Partial<FormState<z.input<S>>>): void {
    this.formState = { ...this.formState, ...change };
    this.rerender();
  }

  private load(): Promise<S> {
    this.schema ??= this.loadSchema().catch((error: unknown) => {
      this.schema = null;
      throw error;
    });
    return this.schema;
  }

  private async check(): Promise<
    { ok: true; data: z.output<S>; errors: FieldErrors } | { ok: false; errors: FieldErrors }
  > {
    const result = await (await this.load()).safeParseAsync(this.getValues());
    return result.success
      ? { ok: true, data: result.data, errors: {} }
      : { ok: false, errors: firstErrorOfEachField(result.error.issues) };
  }

  /** After the first submit, a changed field gets the schema's verdict on it (its error set or cleared). */
  private async recheck(name: string): Promise<void> {
    if (!this.formState.isSubmitted) return;
    const run = (this.checks.get(name) ?? 0) + 1;
    this.checks.set(name, run);
    const { errors } = await this.check().catch(() => ({ errors: null }));
    if (!errors || this.checks.get(name) !== run) return;
    const { [name]: _previous, ...others } = this.formState.errors as Values;
    const error = errors[name];
    this.update({ errors: (error ? { ...others, [name]: error } : others) as FormErrors<z.input<S>> });
  }

  private focusFirstError(): void {
    const errors = this.formState.errors as Values;
    for (const [name, { elements }] of this.fields) if (errors[name]) return [...elements][0]?.focus();
  }
}

function initialState<T>(): FormState<T> {
  return { errors: {}, isSubmitting: false, isSubmitted: false, isSubmitSuccessful: false };
}

/** A field's value as the schema gets it: checkboxes that share a name give their checked values. */
function readField(elements: FieldElement[], options: FieldOptions): unknown {
  const first = elements[0];
  if (!first) return undefined;
  if (first.type === "checkbox")
    return elements.filter((e) => (e as HTMLInputElement).checked).map((e) => e.value);
  if (first.type === "file") return (first as HTMLInputElement).files;
  if (options.valueAsNumber) return first.value === "" ? NaN : Number(first.value);
  return options.setValueAs ? options.setValueAs(first.value) : first.value;
}

function writeField(element: FieldElement, value: unknown): void {
  if (element.type === "file") return;
  if (element instanceof HTMLInputElement && element.type === "checkbox")
    element.checked = Array.isArray(value) ? value.includes(element.value) : Boolean(value);
  else element.value = typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/**
 * The form's state and fields; `loadSchema` imports the schema, such as
 * `() => import("../schemas").then((m) => m.signInSchema)`.
 */
export function useZodForm<S extends z.ZodType<Values, Values>>(
  loadSchema: () => Promise<S>,
  defaultValues: Partial<z.input<S>>,
) {
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [form] = useState(() => new ZodForm(loadSchema, defaultValues, rerender));
  return form;
}

/**
 * Shows a refused request in the form: each of the server's field errors next to its field, the
 * message in the form's alert (`errors.root.server`) when no field takes it.
 */
export function showFailure<S extends z.ZodType<Values, Values>>(
  form: ZodForm<S>,
  failure: ApiFailure,
  message = failure.message,
): void {
  const fields = Object.keys(form.getValues());
  let placed = false;
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if (!fields.includes(field) || !messages?.[0]) continue;
    form.setError(field, { message: messages[0] });
    placed = true;
  }
  if (!placed) form.setError("root.server", { message });
}
