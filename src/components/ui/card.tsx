import { cva, type VariantProps } from "class-variance-authority";
import type { AllHTMLAttributes, ElementType } from "react";
import { cn } from "@/lib/cn";

/** A white panel with a border. `divided` separates its items (a `ul` of rows). */
export const cardVariants = cva("rounded-lg border bg-white", {
  variants: {
    /** `strong` sets a panel apart from the cards around it; `alert` frames an error. */
    tone: { plain: "border-slate-200", strong: "border-slate-300", alert: "border-red-200" },
    padding: { none: "", sm: "p-3", md: "p-4", lg: "p-5", xl: "p-6" },
    divided: { true: "divide-y divide-slate-200", false: "" },
  },
  defaultVariants: { tone: "plain", padding: "md", divided: false },
});

type CardElement = "div" | "section" | "li" | "ul" | "details" | "fieldset" | "form" | "nav" | "aside";

export function Card({
  as = "div",
  className,
  tone,
  padding,
  divided,
  ...props
}: { as?: CardElement } & VariantProps<typeof cardVariants> & AllHTMLAttributes<HTMLElement>) {
  const Element: ElementType = as;
  return (
    <Element
      className={cn(
        cardVariants({ tone, padding: divided ? (padding ?? "none") : padding, divided }),
        className,
      )}
      {...props}
    />
  );
}
