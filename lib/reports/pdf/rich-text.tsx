import { Link, Text, View } from "@react-pdf/renderer";
import type { Style } from "@react-pdf/types";
import type { InlineRun, RichBlock } from "@/lib/domain/report/rich-text";
import { gapAfter, richMetrics } from "@/lib/domain/report/text-fit";
import { cleanText, COLOR } from "./theme";

// Markdown blocks (lib/domain/report/rich-text.ts) drawn with PDF text styles, with the sizes of
// richMetrics so the canvas page's fitting estimate matches what is drawn.

function Runs({ runs }: { runs: readonly InlineRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        const style = {
          fontWeight: r.bold ? 700 : 400,
          fontStyle: r.italic ? ("italic" as const) : ("normal" as const),
          ...(r.code ? { backgroundColor: COLOR.code, color: "#334155" } : {}),
          ...(r.strike ? { textDecoration: "line-through" as const } : {}),
        };
        if (r.link)
          return (
            <Link key={i} src={r.link} style={{ ...style, color: COLOR.brand, textDecoration: "underline" }}>
              {r.text}
            </Link>
          );
        return (
          <Text key={i} style={style}>
            {r.text}
          </Text>
        );
      })}
    </>
  );
}

/**
 * Runs split at hard line breaks. Each line is drawn as its own text: the fonts have no glyph for
 * "\n", which would otherwise pull in a non-embedded fallback font.
 */
function splitLines(runs: readonly InlineRun[]): InlineRun[][] {
  const lines: InlineRun[][] = [[]];
  for (const r of runs) {
    cleanText(r.text)
      .split("\n")
      .forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({ ...r, text: part });
      });
  }
  return lines;
}

/** Text that may hold hard line breaks: one <Text> per line. */
function Lines({ runs, style }: { runs: readonly InlineRun[]; style: Style }) {
  const lines = splitLines(runs);
  return (
    <>
      {lines.map((line, i) => (
        <Text key={i} style={style}>
          {line.length ? <Runs runs={line} /> : "\u00a0"}
        </Text>
      ))}
    </>
  );
}

function Block({ block, size, marginBottom }: { block: RichBlock; size: number; marginBottom: number }) {
  const m = richMetrics(size);
  const indent = block.indent * m.indent;
  const quote = block.quote
    ? { borderLeftWidth: 1.5, borderLeftColor: COLOR.border, paddingLeft: m.quoteIndent - 1.5, color: COLOR.muted }
    : {};
  const box = { marginBottom, ...quote };
  switch (block.type) {
    case "paragraph":
      return (
        <View style={{ ...box, marginLeft: indent }}>
          <Lines runs={block.runs} style={{ fontSize: size, lineHeight: m.lineHeight }} />
        </View>
      );
    case "heading":
      return (
        <View style={{ ...box, marginLeft: indent }}>
          <Lines
            runs={block.runs.map((r) => ({ ...r, bold: true }))}
            style={{ fontSize: m.headingSize(block.depth), lineHeight: m.lineHeight, fontWeight: 700 }}
          />
        </View>
      );
    case "list_item":
      return (
        <View style={{ ...box, marginLeft: indent - m.markerWidth, flexDirection: "row" }}>
          <Text style={{ width: m.markerWidth, fontSize: size, lineHeight: m.lineHeight, color: COLOR.muted }}>{block.marker}</Text>
          <View style={{ flex: 1 }}>
            <Lines runs={block.runs} style={{ fontSize: size, lineHeight: m.lineHeight }} />
          </View>
        </View>
      );
    case "code":
      return (
        <View style={{ ...box, marginLeft: indent, backgroundColor: COLOR.code, padding: m.codePad, borderRadius: 2 }}>
          <Lines runs={[{ text: block.text }]} style={{ fontSize: m.codeSize, lineHeight: m.lineHeight, color: "#334155" }} />
        </View>
      );
    case "table": {
      const cols = Math.max(block.header.length, ...block.rows.map((r) => r.length), 1);
      const cell = (runs: readonly InlineRun[] | undefined, j: number, header: boolean) => (
        <View
          key={j}
          style={{
            width: `${100 / cols}%`,
            paddingHorizontal: m.cellPadX,
            paddingVertical: m.cellPadY,
            borderRightWidth: j < cols - 1 ? 0.5 : 0,
            borderRightColor: COLOR.border,
          }}
        >
          <Lines
            runs={(runs ?? []).map((r) => (header ? { ...r, bold: true } : r))}
            style={{
              fontSize: m.tableSize,
              lineHeight: m.lineHeight,
              fontWeight: header ? 700 : 400,
              textAlign: block.align[j] === "right" ? "right" : block.align[j] === "center" ? "center" : "left",
            }}
          />
        </View>
      );
      return (
        <View style={{ ...box, marginLeft: indent, borderWidth: 0.5, borderColor: COLOR.border }}>
          <View style={{ flexDirection: "row", backgroundColor: COLOR.panel }}>
            {Array.from({ length: cols }, (_, j) => cell(block.header[j], j, true))}
          </View>
          {block.rows.map((row, i) => (
            <View key={i} style={{ flexDirection: "row", borderTopWidth: 0.5, borderTopColor: COLOR.border }}>
              {Array.from({ length: cols }, (_, j) => cell(row[j], j, false))}
            </View>
          ))}
        </View>
      );
    }
    case "rule":
      return (
        <View style={{ ...box, marginLeft: indent, height: m.ruleHeight, justifyContent: "center" }}>
          <View style={{ borderBottomWidth: 0.5, borderBottomColor: COLOR.border }} />
        </View>
      );
  }
}

/** The blocks at base font `size`, with the spacing of richMetrics. */
export function RichText({ blocks, size }: { blocks: readonly RichBlock[]; size: number }) {
  return (
    <View>
      {blocks.map((b, i) => (
        <Block key={i} block={b} size={size} marginBottom={gapAfter(b, blocks[i + 1], size)} />
      ))}
    </View>
  );
}
