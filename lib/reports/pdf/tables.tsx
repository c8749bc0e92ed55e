import type { ReactNode } from "react";
import type { Style } from "@react-pdf/types";
import { Text, View } from "@react-pdf/renderer";
import type { LabelValue } from "@/lib/domain/report/types";
import { cleanText, COLOR, textLines } from "./theme";

/** Plain text that may span several lines: one <Text> per line. */
export function MultiText({ text, style }: { text: string; style?: Style }) {
  return (
    <>
      {textLines(text).map((line, i) => (
        <Text key={i} style={style}>
          {line || "\u00a0"}
        </Text>
      ))}
    </>
  );
}

export type Column = { label: string; /** relative width */ flex: number; align?: "left" | "right" };

/** A left-aligned column of `flex` relative width. */
export const col = (label: string, flex: number): Column => ({ label, flex });
/** A right-aligned column, for figures. */
export const numCol = (label: string, flex: number): Column => ({ label, flex, align: "right" });

/** A table with a shaded header, repeated on every page it continues on; rows never split across pages. */
export function Table({
  columns,
  rows,
  size = 8,
  emphasizeLast = false,
}: {
  columns: readonly Column[];
  rows: readonly (readonly ReactNode[])[];
  size?: number;
  emphasizeLast?: boolean;
}) {
  const cell = (content: ReactNode, j: number, header: boolean, strong: boolean) => {
    const box = { flex: columns[j]!.flex, paddingHorizontal: 4, paddingVertical: 2.5 };
    const text: Style = {
      fontSize: size,
      lineHeight: 1.3,
      textAlign: columns[j]!.align ?? "left",
      fontWeight: header || strong ? 700 : 400,
      color: header ? COLOR.muted : COLOR.text,
    };
    // One node per plain cell (long tables have thousands of cells); a box only for several lines or custom content.
    if ((typeof content === "string" && !/[\r\n\t]/.test(content)) || typeof content === "number")
      return (
        <Text key={j} style={{ ...box, ...text }}>
          {cleanText(String(content))}
        </Text>
      );
    return (
      <View key={j} style={box}>
        {typeof content === "string" ? <MultiText text={content} style={text} /> : content}
      </View>
    );
  };
  return (
    <View style={{ borderWidth: 0.5, borderColor: COLOR.border, borderRadius: 2, marginBottom: 8 }}>
      {/* fixed: the header row is drawn again at the top of every page the table continues on. */}
      <View
        style={{ flexDirection: "row", backgroundColor: COLOR.panel, borderBottomWidth: 0.5, borderBottomColor: COLOR.border }}
        wrap={false}
        fixed
      >
        {columns.map((c, j) => cell(c.label, j, true, false))}
      </View>
      {rows.map((row, i) => {
        const strong = emphasizeLast && i === rows.length - 1;
        return (
          <View
            key={i}
            wrap={false}
            style={{
              flexDirection: "row",
              borderTopWidth: i ? 0.5 : 0,
              borderTopColor: COLOR.rule,
              backgroundColor: strong ? COLOR.panel : undefined,
            }}
          >
            {row.map((c, j) => cell(c, j, false, strong))}
          </View>
        );
      })}
    </View>
  );
}

/** Label/value pairs in two columns. */
export function KeyValues({
  items,
  labelFlex = 2,
  valueFlex = 3,
}: {
  items: readonly LabelValue[];
  labelFlex?: number;
  valueFlex?: number;
}) {
  return (
    <View style={{ marginBottom: 8 }}>
      {items.map((item, i) => (
        <View
          key={i}
          wrap={false}
          style={{ flexDirection: "row", paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: COLOR.rule }}
        >
          <Text style={{ flex: labelFlex, fontSize: 8.5, color: COLOR.muted, paddingRight: 6 }}>{item.label}</Text>
          <View style={{ flex: valueFlex }}>
            <MultiText text={item.value} style={{ fontSize: 8.5 }} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** Big-number tiles in a row (e.g. payback figures). */
export function Figures({ items }: { items: readonly { term: string; value: string; note?: string; tone?: "good" | "bad" }[] }) {
  return (
    <View style={{ flexDirection: "row", marginBottom: 8 }}>
      {items.map((f, i) => (
        <View key={i} style={{ flex: 1, borderWidth: 0.5, borderColor: COLOR.border, borderRadius: 3, padding: 6, marginLeft: i ? 6 : 0 }}>
          <Text style={{ fontSize: 7.5, color: COLOR.muted }}>{f.term}</Text>
          <Text
            style={{
              fontSize: 11,
              lineHeight: 1.3,
              fontWeight: 700,
              marginTop: 2,
              color: f.tone === "good" ? COLOR.green : f.tone === "bad" ? COLOR.red : COLOR.text,
            }}
          >
            {f.value}
          </Text>
          {f.note ? <Text style={{ fontSize: 7, color: COLOR.faint, marginTop: 2 }}>{f.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
