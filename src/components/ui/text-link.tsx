import Link, { type LinkProps } from "next/link";
import type { AnchorHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/**
 * The look of a link: `brand` in running text and in lists of actions, `inherit` in the colour of a
 * message around it (an alert), `none` where the caller styles the link wholly (a pill).
 */
const LOOK = {
  brand: "text-brand-700 underline",
  inherit: "text-inherit underline",
  none: "",
} as const;
type Look = { look?: keyof typeof LOOK };

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof LinkProps<unknown>>;

/** A link to a page of the app (client-side navigation; the route is checked by typed routes). */
export function TextLink<R>({ className, look = "brand", ...props }: LinkProps<R> & AnchorProps & Look) {
  return <Link {...props} className={cn(LOOK[look], className)} />;
}

/** A link to a file the API serves (CSV, PDF, JSON): a plain anchor, downloaded rather than navigated to. */
export function DownloadLink({
  className,
  look = "brand",
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string } & Look) {
  return <a download {...props} className={cn(LOOK[look], className)} />;
}

/** A link within the page (`#section`) or to a URL that is not a page of the app. */
export function Anchor({
  className,
  look = "brand",
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string } & Look) {
  return <a {...props} className={cn(LOOK[look], className)} />;
}
