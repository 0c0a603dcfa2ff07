"use client";

import Link, { type LinkProps } from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";

/**
 * The app's main navigation; the link of the current section is marked as the current page. A
 * `section` ending in "/" marks every page below it (the dashboard and compare); any other, one page.
 */
export function MainNav<R>({
  links,
}: {
  links: { label: string; href: LinkProps<R>["href"]; section: string }[];
}) {
  const pathname = usePathname();
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
      {links.map((link) => {
        // A section ending in "/" (other than the root) covers the pages below it; any other is one page.
        const current =
          link.section.length > 1 && link.section.endsWith("/")
            ? pathname.startsWith(link.section)
            : pathname === link.section;
        return (
          <li key={link.label}>
            <Link
              href={link.href}
              aria-current={current ? "page" : undefined}
              className={cn(
                "rounded px-1 py-0.5 underline-offset-2 hover:underline",
                current ? "font-semibold text-brand-900" : "text-brand-700",
              )}
            >
              {link.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
