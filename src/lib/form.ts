import { zodResolver } from "@hookform/resolvers/zod";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormReturn,
} from "react-hook-form";
import type { z } from "zod";
import type { ApiFailure } from "./api-client";

/**
 * A form checked in the browser by the same zod schema its route checks on the server
 * (react-hook-form with zodResolver). Checks run on submit and then as the user corrects a field.
 */
export function useZodForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
) {
  return useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
}

/**
 * Shows a refused request in the form: each of the server's field errors next to its field, the
 * message in the form's alert (`errors.root.server`) when no field takes it.
 */
export function showFailure<T extends FieldValues, O extends FieldValues>(
  form: UseFormReturn<T, unknown, O>,
  failure: ApiFailure,
  message = failure.message,
): void {
  const fields = Object.keys(form.getValues());
  let placed = false;
  for (const [field, messages] of Object.entries(failure.fieldErrors ?? {})) {
    if (!fields.includes(field) || !messages?.[0]) continue;
    form.setError(field as Path<T>, { type: "server", message: messages[0] });
    placed = true;
  }
  if (!placed) form.setError("root.server", { type: "server", message });
}
