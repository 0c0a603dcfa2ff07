import type { ObjectId } from "@/domain/questionnaire/primitives";

const OBJECT_STYLE: Record<string, string> = {
  data: "border-sky-700 text-sky-900",
  model: "border-violet-700 text-violet-900",
  code: "border-teal-700 text-teal-900",
};

/** Which object (Data, Model, Code) a risk or a plan item belongs to, as a small outlined tag. */
export function ObjectTag({ object, title }: { object: ObjectId; title: string }) {
  return (
    <span
      className={`inline-block rounded border bg-white px-1.5 text-xs font-semibold tracking-wide uppercase ${OBJECT_STYLE[object] ?? "border-slate-600 text-slate-800"}`}
    >
      {title}
    </span>
  );
}
