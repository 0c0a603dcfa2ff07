import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** The page's one h1. */
export function PageTitle({ children, className }: { children: ReactNode; className?: string }) {
  return <h1 className={cn("text-3xl font-bold tracking-tight text-brand-900", className)}>{children}</h1>;
}

const SPACING = { 0: "space-y-0", 1: "space-y-1", 2: "space-y-2" } as const;

/**
 * The top of a page: an optional line above the title (the organisation, the questionnaire), the
 * title, then what the page says first; `actions` sit to the right on wide screens.
 */
export function PageHeader({
  eyebrow,
  title,
  actions,
  children,
  spacing = 2,
}: {
  eyebrow?: ReactNode;
  title: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  /** The space between the eyebrow, the title and what follows. */
  spacing?: 0 | 1 | 2;
}) {
  const text = (
    <div className={SPACING[spacing]}>
      {eyebrow && <p className="text-sm text-slate-600">{eyebrow}</p>}
      <PageTitle>{title}</PageTitle>
      {children}
    </div>
  );
  if (!actions) return <header>{text}</header>;
  return (
    <header className="flex flex-wrap items-end justify-between gap-4">
      {text}
      {actions}
    </header>
  );
}
