import { cva, type VariantProps } from "class-variance-authority";
import type { AllHTMLAttributes, ElementType } from "react";
import { cn } from "@/lib/cn";

/** A white panel with a border. `divided` separates its items (a `ul` of rows). */
export const cardVariants = cva("rounded-lg border border-slate-200 bg-white", {
  variants: {
    padding: { none: "", sm: "p-3", md: "p-4", lg: "p-5", xl: "p-6" },
    divided: { true: "divide-y divide-slate-200", false: "" },
  },
  defaultVariants: { padding: "md", divided: false },
});

type CardElement = "div" | "section" | "li" | "ul" | "details" | "fieldset" | "form" | "nav" | "aside";

export function Card({
  as = "div",
  className,
  padding,
  divided,
  ...props
}: { as?: CardElement } & VariantProps<typeof cardVariants> & AllHTMLAttributes<HTMLElement>) {
  const Element: ElementType = as;
  return (
    <Element
      className={cn(cardVariants({ padding: divided ? (padding ?? "none") : padding, divided }), className)}
      {...props}
    />
  );
}
