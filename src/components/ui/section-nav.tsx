/**
 * Links to the sections of a long page, kept in view while scrolling (sticky at the top of the
 * screen); on a phone the row scrolls sideways within itself rather than widening the page.
 */
export function SectionNav({
  label = "On this page",
  sections,
}: {
  label?: string;
  sections: { id: string; label: string }[];
}) {
  return (
    <nav
      aria-label={label}
      className="sticky top-0 z-10 -mx-4 overflow-x-auto border-y border-slate-200 bg-white/95 px-4 py-2 backdrop-blur sm:mx-0 sm:rounded-lg sm:border"
    >
      <ul className="flex gap-4 text-sm whitespace-nowrap">
        {sections.map((s) => (
          <li key={s.id}>
            <a href={`#${s.id}`} className="text-brand-700 underline-offset-2 hover:underline">
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
