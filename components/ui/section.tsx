import type { ReactNode } from "react";

/**
 * A part of a page that links can jump to (`#id`): a `<section id>` named by its `<h2>` (id `<id>-heading`).
 * `className` and `headingClassName` replace the defaults (a share page sets larger headings and a scroll margin).
 */
export function Section({
  id,
  title,
  className = "space-y-6",
  headingClassName = "text-lg font-semibold",
  children,
}: {
  id: string;
  title: ReactNode;
  className?: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className={className}>
      <h2 id={`${id}-heading`} className={headingClassName}>
        {title}
      </h2>
      {children}
    </section>
  );
}
