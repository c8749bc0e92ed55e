import { micromark } from "micromark";
import { gfm, gfmHtml } from "micromark-extension-gfm";
import { describe, expect, test } from "vitest";
import { sampleReport } from "@/tests/support/report-fixture";
import { reportToMarkdown } from "./markdown";
import { hasUnsafeMarkdown, isSafeUrl, sanitizeMarkdown } from "./safe-markdown";

/**
 * The HTML a careless consumer of the report makes of it: raw HTML passed through and every URL
 * kept. Whatever survives sanitizeMarkdown must still be harmless there.
 */
const naiveHtml = (md: string) =>
  micromark(md, { allowDangerousHtml: true, allowDangerousProtocol: true, extensions: [gfm()], htmlExtensions: [gfmHtml()] });

/** Tags, event handlers and URLs in the HTML that would run script or load something unexpected. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<(script|img|iframe|svg|object|embed|style|a|form)\b[^>]*>/gi)) {
    const tag = m[0];
    if (/^<(script|iframe|svg|object|embed|style|form)/i.test(tag)) found.push(tag);
    if (/\son\w+\s*=/i.test(tag)) found.push(tag);
    for (const u of tag.matchAll(/\s(?:href|src)="([^"]*)"/gi)) if (!/^(https?:|mailto:|#|\/|[^:]*$)/i.test(u[1]!)) found.push(tag);
  }
  return found;
}

const PAYLOADS = {
  script: "<script>alert(1)</script>",
  scriptInline: "Churn <script>alert(1)</script> rate",
  imgOnerror: '<img src=x onerror="alert(1)">',
  imgOnerrorInline: "See <img src=x onerror=alert(1)> here",
  jsLink: "[x](javascript:alert(1))",
  jsLinkUpper: "[x](JAVASCRIPT:alert(1))",
  jsLinkEntity: "[x](&#106;avascript:alert(1))",
  jsLinkAngle: "[x](<javascript:alert(1)>)",
  jsLinkTab: "[x](java&#9;script:alert(1))",
  dataLink: "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
  dataImage: "![pixel](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
  dataInHtml: "![pixel](data:image/svg+xml,<svg onload=alert(1)>)",
  jsImage: "![pic](javascript:alert(1))",
  autolink: "<javascript:alert(1)>",
  autolinkData: "<data:text/html,<b>x</b>>",
  reference: "[click][evil]\n\n[evil]: javascript:alert(1)",
  referenceCollapsed: "[evil][]\n\n[evil]: JavaScript:alert(1)",
  referenceImage: "![img][pic]\n\n[pic]: data:image/png;base64,AAAA",
  nested: "[[x](javascript:a)](javascript:b)",
  htmlBlockInList: "- item\n\n  <iframe src=javascript:alert(1)></iframe>",
  htmlInTable: "| a | b |\n| - | - |\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |",
  htmlComment: "<!-- <script>alert(1)</script> -->",
  quoted: '> <a href="javascript:alert(1)">x</a>',
} as const;

describe("isSafeUrl follows rehype-sanitize's default protocols", () => {
  test.each(["https://example.test/a", "http://x", "mailto:a@b.test", "/relative", "page#frag", "?q=a:b", "docs/a:b", "#top"])(
    "%s is a safe link",
    (url) => expect(isSafeUrl(url, "href")).toBe(true),
  );
  test.each([
    "javascript:alert(1)",
    "JAVASCRIPT:alert(1)",
    "data:text/html,x",
    "vbscript:x",
    "java\tscript:x",
    " javascript:x",
    "file:///etc/passwd",
  ])("%j is refused as a link", (url) => expect(isSafeUrl(url, "href")).toBe(false));
  test("images take only http and https", () => {
    expect(isSafeUrl("https://example.test/a.png", "src")).toBe(true);
    expect(isSafeUrl("mailto:a@b.test", "src")).toBe(false);
    expect(isSafeUrl("data:image/png;base64,AAAA", "src")).toBe(false);
  });
});

describe("sanitizeMarkdown neutralises payloads", () => {
  test.each(Object.entries(PAYLOADS))("%s", (_name, payload) => {
    expect(hasUnsafeMarkdown(payload)).toBe(true); // the test would prove nothing otherwise
    const safe = sanitizeMarkdown(payload);
    expect(hasUnsafeMarkdown(safe)).toBe(false);
    expect(dangers(naiveHtml(safe))).toEqual([]);
    expect(naiveHtml(safe)).not.toMatch(/<(script|img|iframe|svg|object|embed)\b/i);
  });

  test("raw HTML stays readable as the text that was typed", () => {
    expect(sanitizeMarkdown(PAYLOADS.scriptInline)).toBe("Churn \\<script\\>alert(1)\\</script\\> rate");
    expect(naiveHtml(sanitizeMarkdown(PAYLOADS.script))).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  test("an unsafe link keeps its text, an unsafe image its alt text", () => {
    expect(sanitizeMarkdown("Go [**here**](javascript:alert(1)) now")).toBe("Go **here** now");
    expect(sanitizeMarkdown(PAYLOADS.jsLinkUpper)).toBe("x");
    expect(sanitizeMarkdown(PAYLOADS.dataImage)).toBe("pixel");
    expect(sanitizeMarkdown(PAYLOADS.reference).trim()).toBe("[click][evil]");
  });

  test("the naive HTML of the original payloads is dangerous (the check can fail)", () => {
    // (<script> itself is escaped by micromark's GFM tag filter, so it is checked by hasUnsafeMarkdown above.)
    for (const payload of [
      PAYLOADS.imgOnerror,
      PAYLOADS.jsLink,
      PAYLOADS.jsLinkUpper,
      PAYLOADS.reference,
      PAYLOADS.autolink,
      PAYLOADS.dataImage,
    ])
      expect(dangers(naiveHtml(payload))).not.toEqual([]);
  });
});

describe("sanitizeMarkdown keeps ordinary Markdown as written", () => {
  const doc = [
    "# Problem",
    "",
    "Predict **30-day churn** for _SMB_ accounts; see [the brief](https://example.test/brief?a=1#b) and <https://example.test/auto>.",
    "",
    "- data from the CRM",
    "- [x] labelled by ops",
    "  1. nested `code` item",
    "",
    "| Metric | Target |",
    "| --- | ---: |",
    "| Recall | 0.8 |",
    "",
    "> A quote with a [mail link](mailto:team@example.test) and www.example.test.",
    "",
    "![chart](https://example.test/chart.png)",
    "",
    "[ref]: https://example.test/ref",
    "Read the [reference][ref] and a [relative link](../docs/readme.md).",
    "",
    "```html",
    "<script>not run: this is code</script>",
    "```",
    "",
    "2 < 3 and 5 > 4, a * b, ~~gone~~.",
  ].join("\n");

  test("unchanged, character for character", () => {
    expect(hasUnsafeMarkdown(doc)).toBe(false);
    expect(sanitizeMarkdown(doc)).toBe(doc);
  });

  test("and it still renders as headings, lists, tables and https links", () => {
    const html = naiveHtml(sanitizeMarkdown(doc));
    expect(html).toContain("<h1>Problem</h1>");
    expect(html).toContain("<li>data from the CRM</li>");
    expect(html).toMatch(/<table>[\s\S]*<th>Metric<\/th>/);
    expect(html).toContain('<a href="https://example.test/brief?a=1#b">the brief</a>');
    expect(html).toContain('<a href="https://example.test/ref">reference</a>');
    expect(html).toContain('<img src="https://example.test/chart.png" alt="chart" />');
    expect(html).toContain("&lt;script&gt;not run");
  });
});

describe("the report's canvas text", () => {
  test("is sanitised in the Markdown download, normal Markdown kept", () => {
    const report = sampleReport();
    const block = report.canvas.blocks[0]!;
    block.text = "## Goal\n\nSee [brief](https://example.test/b).\n\n<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))";
    const md = reportToMarkdown(report);
    expect(md).toContain("#### Goal");
    expect(md).toContain("See [brief](https://example.test/b).");
    expect(md).toContain("\\<img src=x onerror=alert(1)\\>");
    expect(md).not.toContain("javascript:");
    expect(dangers(naiveHtml(md))).toEqual([]);
  });
});
