"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import { cn } from "@/lib/cn";

/** Starts drawing a chart this far before it scrolls into view, so that it is there when it arrives. */
const AHEAD = "200px 0px";

/** Runs `task` when the browser is idle (at most a second later); returns its cancellation. */
function whenIdle(task: () => void): () => void {
  // Safari has no requestIdleCallback.
  if (typeof requestIdleCallback !== "function") {
    const timer = setTimeout(task, 200);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(task, { timeout: 1000 });
  return () => cancelIdleCallback(handle);
}

/**
 * A chart whose code loads only when it comes into view. Until then (and without JavaScript, or if
 * the code cannot be fetched) its numbers stand in its place, server-rendered, at the chart's
 * height, so nothing moves when the chart replaces them. Screen readers always read the numbers:
 * once the chart is drawn they stay in the page for them (visually hidden) and the drawing is
 * hidden from them.
 *
 * `load` imports the drawing (`() => import("./x-drawing").then((m) => m.default)`, defined once
 * at module level), so that its code is a chunk of its own, fetched on first sight.
 */
export function LazyChart<P extends object>({
  className,
  label,
  numbers,
  load,
  props,
}: {
  /** The chart's height (a Tailwind class such as `h-64`): reserved for the numbers as well. */
  className: string;
  /** What the numbers are, for the region that scrolls when they do not fit. */
  label: string;
  numbers: ReactNode;
  load: () => Promise<ComponentType<P>>;
  props: P;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [Drawing, setDrawing] = useState<ComponentType<P> | null>(null);
  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let live = true;
    let idle = () => {};
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        // When the browser has a moment: a chart in the first screen does not hold up the page.
        // A failed fetch leaves the numbers in place: they are the chart's content.
        idle = whenIdle(
          () =>
            void load().then(
              (drawing) => live && setDrawing(() => drawing),
              () => undefined,
            ),
        );
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => {
      live = false;
      observer.disconnect();
      idle();
    };
  }, [load]);
  return (
    <div ref={frame} className={cn("relative w-full", className)} data-chart={Drawing ? "drawn" : "numbers"}>
      {Drawing ? (
        <>
          <div className="sr-only">{numbers}</div>
          <div aria-hidden="true" className="absolute inset-0" data-testid="chart-drawing">
            <Drawing {...props} />
          </div>
        </>
      ) : (
        // The numbers may be taller than the chart (many quarters): they scroll, by keyboard too.
        <div className="h-full overflow-auto" role="region" aria-label={label} tabIndex={0}>
          {numbers}
        </div>
      )}
    </div>
  );
}

/**
 * A chart's numbers as a plain list, one line per category: "Data: Score 2.83, Target L3". A list
 * rather than a table, so that a page's own tables (which often have a row per object too) stay
 * the only rows there.
 */
export function ChartNumbers({
  series,
  rows,
}: {
  /** The names of the values on each line, in order. */
  series: string[];
  rows: { key: string; label: string; values: string[] }[];
}) {
  return (
    <ul className="space-y-1 p-2 text-sm text-slate-800">
      {rows.map((row) => (
        <li key={row.key}>
          <span className="font-medium">{row.label}</span>:{" "}
          <span className="tabular-nums">
            {row.values.map((v, i) => `${series[i] ?? ""} ${v}`).join(", ")}
          </span>
        </li>
      ))}
    </ul>
  );
}
