import { cva } from "class-variance-authority";
import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { cn } from "@/lib/cn";

/** Form controls shared by every form: an input, a labelled field with its error, an alert. */

const inputVariants = cva("rounded-md border bg-white", {
  variants: {
    size: {
      field: "w-full border-slate-400 px-3 py-2 text-base",
      /** A read-only code or link to copy, in a field's frame. */
      code: "w-full border-slate-400 px-3 py-2 font-mono text-sm",
      inline: "mt-1 w-full border-slate-300 px-2 py-1.5",
    },
  },
  defaultVariants: { size: "field" },
});

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "size"> & {
  size?: "field" | "code" | "inline";
  ref?: Ref<HTMLInputElement>;
};

export function Input({ size, className, ...props }: InputProps) {
  return <input className={cn(inputVariants({ size }), className)} {...props} />;
}

/** A textarea in the look of an inline input. */
export function TextArea({ className, ...props }: React.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return <textarea className={cn(inputVariants({ size: "inline" }), className)} {...props} />;
}

/** A labelled input with an optional hint and the error of its last check (browser or server), tied to it for screen readers. */
export function TextField({
  label,
  name,
  error,
  hint,
  ...input
}: { label: string; name: string; error?: string; hint?: string } & InputProps) {
  const id = `field-${name}`;
  const described =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
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
      <Input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        {...input}
      />
      {error && <FieldError id={`${id}-error`}>{error}</FieldError>}
    </div>
  );
}

export function FieldError({
  id,
  children,
  className,
}: {
  id?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <p id={id} className={cn("text-sm text-red-700", className)}>
      {children}
    </p>
  );
}

const alertVariants = cva("rounded-md border px-3 py-2 text-sm", {
  variants: {
    tone: {
      error: "border-red-300 bg-red-50 text-red-800",
      success: "border-emerald-300 bg-emerald-50 text-emerald-900",
    },
  },
  defaultVariants: { tone: "error" },
});

export function FormAlert({
  children,
  tone = "error",
  id,
}: {
  children: ReactNode;
  tone?: "error" | "success";
  id?: string;
}) {
  return (
    <p id={id} role={tone === "error" ? "alert" : "status"} className={alertVariants({ tone })}>
      {children}
    </p>
  );
}
