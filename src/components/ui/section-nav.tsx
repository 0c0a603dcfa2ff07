/**
 * The sections of a long page as a row of links that stays at the top of the screen while the page
 * scrolls; on a phone the row scrolls sideways inside itself, never the page.
 */
export function SectionNav({
  label,
  sections,
}: {
  label: string;
  sections: { id: string; title: string }[];
}) {
  return (
    <nav
      aria-label={label}
      className="sticky top-0 z-10 -mx-4 overflow-x-auto border-b border-slate-200 bg-white/95 px-4 backdrop-blur"
    >
      <ul className="flex gap-1 py-2 text-sm whitespace-nowrap">
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={`#${section.id}`}
              className="block rounded px-2 py-1 text-brand-700 hover:bg-slate-100 hover:text-brand-900"
            >
              {section.title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
