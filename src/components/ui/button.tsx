import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * The app's buttons. The same classes style a link or a download that looks like a button:
 * `<a className={buttonVariants({ variant: "secondary", size: "sm" })}>`.
 */
export const buttonVariants = cva("rounded-md font-medium disabled:opacity-60", {
  variants: {
    variant: {
      primary: "bg-brand-600 text-white hover:bg-brand-700",
      secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-50",
      danger: "border border-red-300 text-red-800 hover:bg-red-50",
      link: "rounded-none font-normal text-brand-700 underline",
    },
    size: {
      md: "px-4 py-2",
      sm: "px-3 py-1.5 text-sm",
      xs: "rounded px-2 py-0.5 text-sm font-normal",
    },
  },
  // A link-styled button has no padding of its own: it sits in a line of text.
  compoundVariants: [{ variant: "link", className: "p-0" }],
  defaultVariants: { variant: "primary", size: "md" },
});

export type ButtonVariants = VariantProps<typeof buttonVariants>;

export function Button({
  className,
  variant,
  size,
  type = "button",
  ...props
}: ComponentProps<"button"> & ButtonVariants) {
  return <button type={type} className={cn(buttonVariants({ variant, size }), className)} {...props} />;
}
