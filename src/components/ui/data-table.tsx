import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

/**
 * A table of records in a bordered panel that scrolls sideways on a narrow screen (the page never
 * does). The caption is for screen readers; the page's heading says what the table is.
 */
export function DataTable({
  caption,
  className,
  tableClassName,
  children,
  ...rest
}: {
  caption: ReactNode;
  className?: string;
  tableClassName?: string;
  children: ReactNode;
  "data-testid"?: string;
}) {
  return (
    <div className={cn("relative overflow-x-auto rounded-lg border border-slate-200 bg-white", className)}>
      <table className={cn("w-full text-sm", tableClassName)} data-testid={rest["data-testid"]}>
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function TableHead({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <thead className={cn("border-b border-slate-200 bg-slate-50 text-left", className)}>{children}</thead>
  );
}

export function TableRow({
  children,
  className,
  ...props
}: { children: ReactNode; className?: string } & React.HTMLAttributes<HTMLTableRowElement> &
  Record<`data-${string}`, string>) {
  return (
    <tr className={cn("border-b border-slate-100 last:border-0", className)} {...props}>
      {children}
    </tr>
  );
}

/** A cell's padding: the table's own, or none where the caller gives its own (a dense table). */
type Padded = { padded?: boolean };
const PADDING = "px-3 py-2";

/** A column header. */
export function ColumnHeader({
  className,
  padded = true,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & Padded) {
  return <th scope="col" className={cn(padded && PADDING, "text-left", className)} {...props} />;
}

/** A row's header: the first cell, naming the row. */
export function RowHeader({
  className,
  padded = true,
  ...props
}: ThHTMLAttributes<HTMLTableCellElement> & Padded) {
  return <th scope="row" className={cn(padded && PADDING, "text-left font-medium", className)} {...props} />;
}

export function Cell({
  className,
  padded = true,
  ...props
}: TdHTMLAttributes<HTMLTableCellElement> & Record<`data-${string}`, string> & Padded) {
  return <td className={cn(padded && PADDING, className)} {...props} />;
}
