import Markdown, { defaultUrlTransform, type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import rehypeSanitize from "rehype-sanitize";
import { cn } from "@/lib/utils";

// Renders user-written Markdown safely, on the server or in the browser (no hooks, no effects).
// Three layers keep it inert: raw HTML is never parsed as HTML (it is shown as the literal text
// that was typed), URLs pass react-markdown's protocol allowlist (http, https, mailto…; `javascript:` becomes ""),
// and rehype-sanitize applies GitHub's allowlist of elements and attributes (no event handlers,
// no script, no style). Links get rel="nofollow noopener noreferrer".

type MdNode = { type: string; value?: string; children?: MdNode[] };

const BLOCK_PARENTS = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

/** Turns every raw-HTML node into plain text, so `<b>` shows as typed instead of vanishing. */
function remarkHtmlAsText() {
  const walk = (node: MdNode) => {
    node.children = node.children?.map((child) => {
      if (child.type !== "html") return walk(child);
      const text = { type: "text", value: child.value ?? "" };
      // Block-level HTML (directly in the document, a quote or a list item) becomes a paragraph.
      return BLOCK_PARENTS.has(node.type) ? { type: "paragraph", children: [text] } : text;
    });
    return node;
  };
  return (tree: MdNode) => walk(tree);
}

const components: Components = {
  a: ({ node: _node, href, children, ...props }) =>
    href ? (
      <a {...props} href={href} rel="nofollow noopener noreferrer" className="text-brand-700 underline">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // A code block scrolls sideways when its lines are long: focusable, so a keyboard can scroll it (axe: scrollable-region-focusable).
  pre: ({ node: _node, children, ...props }) => (
    <pre {...props} tabIndex={0}>
      {children}
    </pre>
  ),
};

const PROSE =
  "break-words text-sm leading-relaxed text-slate-800 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_h1]:mt-3 [&_h1]:text-base [&_h1]:font-semibold [&_h2]:mt-3 [&_h2]:font-semibold [&_h3]:mt-2 [&_h3]:font-medium [&_li]:my-0.5 [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 [&_table]:my-2 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse [&_td]:border [&_td]:border-slate-200 [&_td]:px-2 [&_th]:border [&_th]:border-slate-200 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-5 [&>*:first-child]:mt-0 [&>*:last-child]:mb-0";

export function MarkdownText({ children, className }: { children: string; className?: string }) {
  return (
    <div className={cn(PROSE, className)}>
      <Markdown
        remarkPlugins={[remarkGfm, remarkHtmlAsText]}
        rehypePlugins={[rehypeSanitize]}
        urlTransform={defaultUrlTransform}
        components={components}
      >
        {children}
      </Markdown>
    </div>
  );
}
