"use client";

import { useEffect, useState } from "react";
import { levelTone, asLevel } from "@/components/ui/level";
import { callApi } from "@/lib/api-client";
import { cn } from "@/lib/cn";
import { paths } from "@/lib/paths";
import type { LevelPreview as Preview } from "../schemas";

type Loaded = { kind: "loading" } | { kind: "failed"; message: string } | { kind: "ready"; preview: Preview };

/**
 * The levels the saved answers give now, computed on the server by the engine a submit uses. It
 * is asked again after every acknowledged save (`version`), once nothing is waiting to be saved.
 */
export function LevelPreview({
  assessmentId,
  version,
  settled,
}: {
  assessmentId: string;
  /** Changes whenever the stored answers or targets may have changed. */
  version: string;
  /** Nothing waits to be saved: the stored answers are the ones on the page. */
  settled: boolean;
}) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: "loading" });
  // The version the shown preview was computed for: older than `version`, it is being updated.
  const [shownVersion, setShownVersion] = useState<string | null>(null);
  const stale = !settled || shownVersion !== version;

  useEffect(() => {
    if (!settled) return;
    let current = true;
    void callApi(paths.api.levelPreview(assessmentId), {
      method: "GET",
      reply: () => import("../schemas").then((m) => m.levelPreviewSchema),
    }).then((result) => {
      if (!current) return;
      setLoaded(
        result.ok ? { kind: "ready", preview: result.data } : { kind: "failed", message: result.message },
      );
      setShownVersion(version);
    });
    return () => {
      current = false;
    };
  }, [assessmentId, version, settled]);

  return (
    <section aria-labelledby="preview-heading" className="space-y-3" aria-busy={stale}>
      <h3 id="preview-heading" className="text-lg font-semibold">
        The levels your answers give now
      </h3>
      {loaded.kind === "loading" && <p className="text-slate-600">Working out your levels…</p>}
      {loaded.kind === "failed" && (
        <p className="text-red-700" role="alert">
          The preview could not be computed: {loaded.message}
        </p>
      )}
      {loaded.kind === "ready" && (
        <>
          <p className="text-sm text-slate-700">
            From the {loaded.preview.answers} answer{loaded.preview.answers === 1 ? "" : "s"} saved so far,
            with the targets you set. Submitting stores these levels; an unanswered question counts as not in
            place.
            {stale && " Updating…"}
          </p>
          <p className="text-lg" data-testid="preview-weakest">
            Weakest link:{" "}
            <strong>
              {loaded.preview.weakest.level === null ? "not assessable" : `L${loaded.preview.weakest.level}`}
            </strong>
            {loaded.preview.weakest.objects.length > 0 && ` (${loaded.preview.weakest.objects.join(", ")})`}
          </p>
          <ul className="grid gap-3 sm:grid-cols-3">
            {loaded.preview.objects.map((o) => (
              <li key={o.id} className="rounded-lg border border-slate-200 p-3">
                <p className="flex items-center justify-between gap-2 font-medium">
                  <span>{o.title}</span>
                  <span
                    className={cn(
                      "rounded px-2 py-0.5 text-sm font-semibold",
                      o.level === null
                        ? "bg-slate-100 text-slate-800"
                        : levelTone({ level: asLevel(o.level) }),
                    )}
                    aria-hidden="true"
                  >
                    {o.level === null ? "–" : `L${o.level}`}
                  </span>
                </p>
                <p className="mt-1 text-sm text-slate-700" data-testid={`preview-level-${o.id}`}>
                  {o.level === null ? "Not assessable" : `L${o.level}`} score {o.score.toFixed(2)}
                </p>
                <p className="text-sm text-slate-600">
                  {o.target === null
                    ? "No target"
                    : `Target L${o.target}${o.gap === null ? "" : o.gap ? `: ${o.gap} level${o.gap === 1 ? "" : "s"} to go` : ": reached"}`}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
