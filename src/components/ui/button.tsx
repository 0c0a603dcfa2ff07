import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/lib/cn";

/**
 * The app's buttons. The same classes style a link or a download that looks like a button:
 * `<a className={buttonVariants({ variant: "secondary", size: "sm" })}>`.
 */
export const buttonVariants = cva("disabled:opacity-60", {
  variants: {
    variant: {
      primary: "bg-brand-600 text-white hover:bg-brand-700",
      secondary: "border border-slate-400 bg-white text-slate-800 hover:bg-slate-50",
      danger: "border border-red-300 text-red-800 hover:bg-red-50",
      link: "text-brand-700 underline",
      /** A link-styled button in the colour of the text around it (in a coloured message). */
      inlineLink: "text-inherit underline",
    },
    size: { md: "", sm: "text-sm", xs: "text-sm" },
  },
  compoundVariants: [
    {
      variant: ["primary", "secondary", "danger"],
      size: "md",
      className: "rounded-md px-4 py-2 font-medium",
    },
    {
      variant: ["primary", "secondary", "danger"],
      size: "sm",
      className: "rounded-md px-3 py-1.5 font-medium",
    },
    { variant: ["primary", "secondary", "danger"], size: "xs", className: "rounded px-2 py-0.5 font-normal" },
    // A link-styled button has no padding of its own: it sits in a line of text.
    { variant: ["link", "inlineLink"], className: "rounded-none p-0 font-normal" },
  ],
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
