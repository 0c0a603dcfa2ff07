import Link, { type LinkProps } from "next/link";

/**
 * Where the page sits: organisation › team › assessment. The last crumb is the page itself (not a
 * link); the others lead back up.
 */
export function Breadcrumbs<R>({ trail }: { trail: { label: string; href?: LinkProps<R>["href"] }[] }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
      <ol className="flex flex-wrap items-center gap-1">
        {trail.map((crumb, i) => (
          <li key={`${crumb.label}-${i}`} className="flex items-center gap-1">
            {i > 0 && <span aria-hidden="true">›</span>}
            {crumb.href && i < trail.length - 1 ? (
              <Link href={crumb.href} className="text-brand-700 underline-offset-2 hover:underline">
                {crumb.label}
              </Link>
            ) : (
              <span aria-current={i === trail.length - 1 ? "page" : undefined}>{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
