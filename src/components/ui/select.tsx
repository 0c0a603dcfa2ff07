import { cva, type VariantProps } from "class-variance-authority";
import type { Ref, SelectHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/** `field`: a form's full-width control; `compact`: filter bars and lists; `inline`: pickers beside text. */
const selectVariants = cva("rounded-md border bg-white", {
  variants: {
    size: {
      field: "w-full border-slate-400 px-3 py-2 text-base",
      compact: "max-w-full border-slate-400 px-2 py-1 text-sm",
      inline: "mt-1 max-w-full border-slate-300 px-2 py-1.5",
    },
  },
  defaultVariants: { size: "field" },
});

export type SelectOption = readonly [value: string, text: string];

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "size"> &
  VariantProps<typeof selectVariants> & { options?: readonly SelectOption[]; ref?: Ref<HTMLSelectElement> };

/** A select; `options` as [value, text] pairs, or `<option>` children. */
export function Select({ size, className, options, children, ...props }: SelectProps) {
  return (
    <select className={cn(selectVariants({ size }), className)} {...props}>
      {options?.map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
      {children}
    </select>
  );
}

/** A form's select with its label above it, like a text field. */
export function SelectField({
  label,
  name,
  className,
  ...props
}: Omit<SelectProps, "size"> & { label: string; name: string }) {
  const id = `field-${name}`;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <Select id={id} name={name} size="field" {...props} />
    </div>
  );
}

/** A small select with its label above it, for filter bars and pickers. */
export function LabelledSelect({
  label,
  ...props
}: Omit<SelectProps, "size"> & { label: string; name?: string }) {
  return (
    <label className="max-w-full min-w-0 text-sm">
      <span className="block font-medium">{label}</span>
      <Select size="compact" {...props} />
    </label>
  );
}
