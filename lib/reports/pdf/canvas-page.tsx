import { Link, Page, Text, View } from "@react-pdf/renderer";
import {
  CANVAS_BOX,
  CANVAS_PAGE_ORDER,
  canvasPageNumber,
  COLUMN_GAP,
  continuedNoteSize,
  type CanvasPagePlan,
  type Paper,
} from "@/lib/domain/report/canvas-page";
import { LINE_HEIGHT, MIN_PRINT_SIZE } from "@/lib/domain/report/text-fit";
import type { ProjectReport } from "@/lib/domain/report/types";
import { PLACEHOLDER } from "@/lib/domain/report/unprintable";
import { FONT_FAMILY } from "./fonts";
import { RichText } from "./rich-text";
import { COLOR } from "./theme";

/** Said under the canvas when some of its characters are drawn as placeholders (the cover says which). */
const PLACEHOLDER_HINT = `${PLACEHOLDER} marks characters this PDF's fonts cannot print (see the note on page 1).`;

/** Where a block's full text starts in the appendix (a named destination of the PDF). */
export const appendixAnchor = (key: string) => `appendix-${key}`;

/**
 * The canvas on one landscape page: ten boxes placed exactly where planCanvasPage put them,
 * numbered in reading order; a cut box links to its full text in the appendix. `note` (the
 * unprintable-characters note) is printed under the boxes when given.
 */
export function CanvasPage({
  report,
  plan,
  paper,
  appendixLabel,
  note,
  id,
  pages,
}: {
  report: ProjectReport;
  plan: CanvasPagePlan;
  paper: Paper;
  appendixLabel: (key: string) => string;
  note?: string | null;
  id?: string;
  /** Gets the page number the canvas lands on under `id`, while the document is laid out (for the contents). */
  pages?: Map<string, number>;
}) {
  const { layout } = plan;
  const byKey = new Map(plan.boxes.map((b) => [b.key, b]));
  const blocks = new Map(report.canvas.blocks.map((b) => [b.key, b]));
  const b = CANVAS_BOX;
  return (
    <Page
      size={paper === "a4" ? "A4" : "LETTER"}
      orientation="landscape"
      style={{ fontFamily: FONT_FAMILY, color: COLOR.text }}
      bookmark={{ title: "Machine Learning Canvas", fit: true, expanded: false }}
    >
      <Text
        style={{ position: "absolute", fontSize: MIN_PRINT_SIZE }}
        render={({ pageNumber }) => {
          if (id) pages?.set(id, pageNumber);
          return "";
        }}
      />
      <View
        id={id}
        style={{
          position: "absolute",
          left: layout.header.x,
          top: layout.header.y,
          width: layout.header.w,
          height: layout.header.h,
          flexDirection: "row",
          justifyContent: "space-between",
          alignItems: "flex-start",
        }}
      >
        <View style={{ flex: 1, paddingRight: 12 }}>
          <Text style={{ fontSize: 7, color: COLOR.brand, fontWeight: 700, letterSpacing: 0.6 }}>MACHINE LEARNING CANVAS</Text>
          <Text style={{ fontSize: 13, lineHeight: 1.25, fontWeight: 700, marginTop: 1, maxLines: 1, textOverflow: "ellipsis" }}>
            {report.project.name}
          </Text>
        </View>
        <View style={{ alignItems: "flex-end" }}>
          <Text style={{ fontSize: 7.5, color: COLOR.muted }}>{report.version.label}</Text>
          <Text
            style={{ fontSize: 7.5, color: COLOR.muted }}
          >{`Generated ${report.generatedDate} · completeness ${report.canvas.completenessPercent} %`}</Text>
        </View>
      </View>
      {CANVAS_PAGE_ORDER.map((key) => {
        const box = byKey.get(key)!;
        const def = blocks.get(key)!;
        const { rect } = box;
        return (
          <View
            key={key}
            style={{
              position: "absolute",
              left: rect.x,
              top: rect.y,
              width: rect.w,
              height: rect.h,
              padding: b.padding,
              borderWidth: 0.75,
              borderColor: "#94a3b8",
              borderRadius: 3,
              backgroundColor: key === "value_proposition" ? "#fbfcfe" : "#ffffff",
              overflow: "hidden",
            }}
          >
            <View style={{ flexDirection: "row", alignItems: "center", height: b.titleSize * LINE_HEIGHT, marginBottom: b.titleGap }}>
              <Text
                style={{
                  fontSize: b.titleSize - 1,
                  lineHeight: 1.2,
                  color: "#ffffff",
                  backgroundColor: COLOR.brand,
                  paddingHorizontal: 2.5,
                  borderRadius: 2,
                  fontWeight: 700,
                  marginRight: 4,
                }}
              >
                {String(canvasPageNumber(key))}
              </Text>
              <Text style={{ fontSize: b.titleSize, lineHeight: 1.2, fontWeight: 700, color: COLOR.brandDark, letterSpacing: 0.3 }}>
                {def.title.toUpperCase()}
              </Text>
            </View>
            {box.empty ? (
              <Text style={{ fontSize: plan.fontSize, fontStyle: "italic", color: COLOR.faint }}>Nothing written yet.</Text>
            ) : box.columns ? (
              <View style={{ flexDirection: "row" }}>
                {box.columns.blocks.map((column, i) => (
                  <View key={i} style={{ width: box.columns!.width, marginLeft: i ? COLUMN_GAP : 0 }}>
                    <RichText blocks={column} size={plan.fontSize} />
                  </View>
                ))}
              </View>
            ) : (
              <RichText blocks={box.blocks} size={plan.fontSize} />
            )}
            {box.truncated && (
              <Link
                src={`#${appendixAnchor(key)}`}
                style={{
                  position: "absolute",
                  left: b.padding,
                  right: b.padding,
                  bottom: b.padding - 1,
                  fontSize: continuedNoteSize(plan.fontSize),
                  lineHeight: LINE_HEIGHT,
                  fontStyle: "italic",
                  color: COLOR.brand,
                  textDecoration: "underline",
                }}
              >{`…continued in ${appendixLabel(key)}`}</Link>
            )}
          </View>
        );
      })}
      <Text
        style={{
          position: "absolute",
          left: layout.credit.x,
          top: layout.credit.y + 3,
          width: layout.credit.w,
          fontSize: MIN_PRINT_SIZE,
          color: COLOR.faint,
        }}
      >
        {note ? `${report.canvas.credit} ${PLACEHOLDER_HINT}` : report.canvas.credit}
      </Text>
      <View
        style={{
          position: "absolute",
          left: layout.footer.x,
          top: layout.footer.y,
          width: layout.footer.w,
          flexDirection: "row",
          justifyContent: "space-between",
          borderTopWidth: 0.5,
          borderTopColor: COLOR.rule,
          paddingTop: 3,
        }}
      >
        <Text style={{ fontSize: 7, color: COLOR.faint }}>{`${report.project.name} — project report`}</Text>
        <Text style={{ fontSize: 7, color: COLOR.faint }} render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </Page>
  );
}
