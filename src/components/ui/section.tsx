import { cva } from "class-variance-authority";
import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

const headingVariants = cva("", {
  variants: {
    size: { lg: "text-2xl font-semibold", md: "text-xl font-semibold", sm: "text-lg font-semibold" },
  },
  defaultVariants: { size: "lg" },
});

/** A titled part of a page: a landmark named by its heading. */
export function Section({
  id,
  anchor = false,
  title,
  size,
  spacing = "md",
  level = 2,
  className,
  children,
}: {
  /** Names the heading (`${id}-heading`); with `anchor`, also the section's own id (a link target). */
  id: string;
  anchor?: boolean;
  title: ReactNode;
  size?: "lg" | "md" | "sm";
  /** The space between the heading and what follows, and between those. */
  spacing?: "md" | "lg";
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section
      id={anchor ? id : undefined}
      aria-labelledby={`${id}-heading`}
      className={cn(spacing === "md" ? "space-y-3" : "space-y-4", className)}
    >
      <Heading id={`${id}-heading`} className={headingVariants({ size })}>
        {title}
      </Heading>
      {children}
    </section>
  );
}
