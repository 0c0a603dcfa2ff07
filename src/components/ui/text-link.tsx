import Link, { type LinkProps } from "next/link";
import type { AnchorHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/** The look of a link in running text and in lists of actions. */
const LINK_STYLE = "text-brand-700 underline";

type AnchorProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, keyof LinkProps<unknown>>;

/** A link to a page of the app (client-side navigation; the route is checked by typed routes). */
export function TextLink<R>({ className, ...props }: LinkProps<R> & AnchorProps) {
  return <Link {...props} className={cn(LINK_STYLE, className)} />;
}

/** A link to a file the API serves (CSV, PDF, JSON): a plain anchor, downloaded rather than navigated to. */
export function DownloadLink({
  className,
  ...props
}: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a download {...props} className={cn(LINK_STYLE, className)} />;
}

/** A link within the page (`#section`) or to a URL that is not a page of the app. */
export function Anchor({ className, ...props }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return <a {...props} className={cn(LINK_STYLE, className)} />;
}
