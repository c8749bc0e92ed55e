import type { ReactNode } from "react";
import { Document, Link, Page, Text, View } from "@react-pdf/renderer";
import { boxBlocks, canvasBoxSources, canvasPageNumber, type CanvasPagePlan, type Paper } from "@/lib/domain/report/canvas-page";
import type { ProjectReport, ReportFocusSolution, ReportHlpStudy } from "@/lib/domain/report/types";
import { mapStrings, replaceUnprintable, unprintableNote, type ReplacedCounts } from "@/lib/domain/report/unprintable";
import { formatValue } from "@/lib/domain/evidence/summary";
import { formatCompactMoney } from "@/lib/domain/plan/money";
import { appendixAnchor, CanvasPage } from "./canvas-page";
import { GanttChart, PaybackChart, PrioritizationChart, TrendChart } from "./charts";
import { coverGlance } from "./cover";
import { loadedGlyphCoverage } from "./fonts";
import { RichText } from "./rich-text";
import { numCol, Figures, KeyValues, MultiText, Table, col } from "./tables";
import { BASE_SIZE, COLOR, contentWidth, styles, textLines } from "./theme";

const PAGE_SIZE = { a4: "A4", letter: "LETTER" } as const;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const pct = (v: number | null) => (v == null ? "—" : `${(v * 100).toFixed(1)} %`);

function Footer({ report }: { report: ProjectReport }) {
  return (
    <View style={styles.footer} fixed>
      <Text>{`${report.project.name} — project report · ${report.generatedDate}`}</Text>
      <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
    </View>
  );
}

/** Page numbers of the sections, recorded while the document is laid out (see SectionHeading). */
type PageNumbers = Map<string, number>;

type Section = { id: string; title: string };

/** An outline entry for any element (react-pdf draws them for any node; its types declare the prop for pages only). */
const bookmark = (title: string) => ({ bookmark: { title, fit: true, expanded: false } }) as object;

function PortraitPage({
  report,
  paper,
  bookmark,
  children,
}: {
  report: ProjectReport;
  paper: Paper;
  bookmark: string;
  children: ReactNode;
}) {
  return (
    <Page size={PAGE_SIZE[paper]} style={styles.page} bookmark={{ title: bookmark, fit: true, expanded: true }}>
      {children}
      <Footer report={report} />
    </Page>
  );
}

function Sentence({ children }: { children: string }) {
  return <Text style={styles.sentence}>{children}</Text>;
}

function Empty({ children }: { children: string }) {
  return <Text style={styles.empty}>{children}</Text>;
}

/**
 * A section's title: the target of the contents' links, and the place its page number is read
 * from. react-pdf lays pages out in order and calls a render prop with the page it lands on, so
 * by the time the page numbers are resolved for the cover (after every page is laid out) each
 * section has recorded its own.
 */
function SectionHeading({ section, pages }: { section: Section; pages: PageNumbers }) {
  return (
    <View id={section.id} minPresenceAhead={60}>
      <Text style={styles.h1}>{section.title}</Text>
      <Text
        style={{ position: "absolute", fontSize: BASE_SIZE }}
        render={({ pageNumber }) => {
          pages.set(section.id, pageNumber);
          return "";
        }}
      />
    </View>
  );
}

function Badge({ children, tone }: { children: string; tone: "green" | "amber" | "red" | "slate" | "brand" }) {
  const tones = {
    green: [COLOR.greenLight, COLOR.green],
    amber: [COLOR.amberLight, COLOR.amber],
    red: [COLOR.redLight, COLOR.red],
    slate: ["#f1f5f9", COLOR.muted],
    brand: [COLOR.brandLight, COLOR.brandDark],
  } as const;
  const [bg, fg] = tones[tone];
  return (
    <Text
      style={{
        fontSize: 7.5,
        fontWeight: 700,
        color: fg,
        backgroundColor: bg,
        paddingHorizontal: 4,
        paddingVertical: 1.5,
        borderRadius: 6,
      }}
    >
      {children}
    </Text>
  );
}

function Cover({
  report,
  paper,
  sections,
  pages,
  note,
}: {
  report: ProjectReport;
  paper: Paper;
  sections: Section[];
  pages: PageNumbers;
  note: string | null;
}) {
  return (
    <Page size={PAGE_SIZE[paper]} style={{ ...styles.page, paddingTop: 0 }} bookmark={{ title: "Cover", fit: true, expanded: false }}>
      <View style={{ marginHorizontal: -48, height: 10, backgroundColor: COLOR.brand, marginBottom: 44 }} />
      <Text style={{ fontSize: 9, color: COLOR.brand, fontWeight: 700, letterSpacing: 1.2 }}>PROJECT REPORT</Text>
      <Text style={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2, marginTop: 6, marginBottom: 10 }}>{report.project.name}</Text>
      {report.project.description.trim() ? (
        <View style={{ marginBottom: 12 }}>
          <MultiText text={report.project.description.trim()} style={{ fontSize: 10.5, color: COLOR.muted, lineHeight: 1.45 }} />
        </View>
      ) : null}
      <View style={{ borderTopWidth: 1, borderTopColor: COLOR.brand, paddingTop: 8, marginBottom: 6 }}>
        <KeyValues
          labelFlex={1}
          valueFlex={3}
          items={[
            { label: "Version", value: report.version.label },
            { label: "Generated", value: report.generatedDate },
            { label: "Lifecycle stage", value: report.project.stageLabel },
            { label: "Currency", value: report.project.currency },
          ]}
        />
      </View>
      <CoverGlance report={report} />
      <Text style={styles.h3}>Contents</Text>
      {sections.map((s, i) => (
        <Link key={s.id} src={`#${s.id}`} style={{ color: COLOR.text, textDecoration: "none" }}>
          <View style={{ flexDirection: "row", marginBottom: 2.5 }}>
            <Text style={{ flex: 1, fontSize: 9.5 }}>{`${i + 1}.  ${s.title}`}</Text>
            <Text style={{ fontSize: 9.5, color: COLOR.muted }} render={() => `page ${pages.get(s.id) ?? ""}`} />
          </View>
        </Link>
      ))}
      {note ? <Text style={{ ...styles.small, marginTop: 10, color: COLOR.text }}>{`Note on characters: ${note}`}</Text> : null}
      <Text
        style={{ ...styles.small, marginTop: 12 }}
      >{`Made with Scopebench from ${report.version.label.charAt(0).toLowerCase()}${report.version.label.slice(1)}. ${report.canvas.credit}`}</Text>
      <Footer report={report} />
    </Page>
  );
}

/** The decision first: problem, solution, scores, value, schedule and budget in a few lines. */
function CoverGlance({ report }: { report: ProjectReport }) {
  return (
    <View style={{ marginBottom: 4 }}>
      <Text style={styles.h3}>At a glance</Text>
      <KeyValues labelFlex={1.25} valueFlex={3} items={coverGlance(report)} />
    </View>
  );
}

/** A bold lead-in followed by plain text that may have several paragraphs. */
function Labelled({ label, text }: { label: string; text: string }) {
  const [first = "", ...rest] = textLines(text);
  return (
    <View style={styles.paragraph}>
      <Text>
        <Text style={{ fontWeight: 700 }}>{`${label}. `}</Text>
        {first}
      </Text>
      {rest.map((line, i) => (
        <Text key={i}>{line || "\u00a0"}</Text>
      ))}
    </View>
  );
}

function StudyBlock({ h }: { h: ReportHlpStudy }) {
  return (
    <View style={{ marginBottom: 8 }}>
      <Text style={{ fontSize: 9 }}>
        <Text style={{ fontWeight: 700 }}>{`${h.metricName}: ${pct(h.score)}`}</Text>
        {` · ${h.methodLabel}${h.itemCount != null ? ` · ${plural(h.itemCount, "item")}` : ""} · ${h.source.toLowerCase()} · ${h.date}`}
      </Text>
      {h.notes.trim() ? (
        <View style={{ marginTop: 2 }}>
          <MultiText text={h.notes.trim()} style={{ fontSize: 8.5, color: COLOR.muted }} />
        </View>
      ) : null}
      {h.labels && (
        <View style={{ marginTop: 4 }}>
          <Text
            style={{ fontSize: 8.5, marginBottom: 4 }}
          >{`${h.labels.explanation} Fleiss' kappa over all labelers: ${h.labels.fleissKappa == null ? "undefined" : h.labels.fleissKappa.toFixed(3)}. Labelers are numbered in the order of the labels file's columns, not named.`}</Text>
          {h.labels.accuracy.length > 0 && (
            <Table
              columns={[col("Labeler", 3), numCol("Items", 1), numCol("Correct", 1), numCol("Accuracy", 1.3)]}
              rows={h.labels.accuracy.map((a) => [a.labeler, String(a.n), String(a.correct), pct(a.accuracy)])}
            />
          )}
          {h.labels.pairs.length > 0 && (
            <Table
              columns={[col("Pair of labelers", 3), numCol("Items", 1), numCol("Agreement", 1.3), numCol("Cohen's kappa", 1.3)]}
              rows={h.labels.pairs.map((p) => [
                `${p.a} – ${p.b}`,
                String(p.n),
                pct(p.agreement),
                p.kappa == null ? "undefined" : p.kappa.toFixed(3),
              ])}
            />
          )}
        </View>
      )}
    </View>
  );
}

function SolutionSection({ s, width, index, count }: { s: ReportFocusSolution; width: number; index: number; count: number }) {
  const trend = s.trend;
  const verdictTone = { likely: "green", uncertain: "amber", unlikely: "red", not_enough_data: "slate" } as const;
  return (
    <View break={index > 0}>
      <View style={{ flexDirection: "row", alignItems: "center", marginTop: 14, marginBottom: 6 }} wrap={false}>
        <Text style={{ ...styles.h2, marginTop: 0, marginBottom: 0, marginRight: 8 }}>
          {count > 1 ? `${index + 1}. ${s.title}` : s.title}
        </Text>
        <Badge tone={s.status === "selected" ? "green" : "amber"}>{s.selectionLabel}</Badge>
      </View>
      <KeyValues
        items={[
          { label: "Business problem", value: s.problem.title },
          ...(s.problem.businessMetric ? [{ label: "Business metric", value: s.problem.businessMetric }] : []),
          { label: "Task type", value: s.taskTypeLabel },
          { label: "Data and system", value: `${s.dataTypeLabel}, ${s.systemStateLabel.toLowerCase()}` },
        ]}
      />
      {s.approach.trim() ? <Labelled label="Approach" text={s.approach.trim()} /> : null}
      {s.rationale.trim() ? <Labelled label="Decision rationale" text={s.rationale.trim()} /> : null}

      <View wrap={false}>
        <Text style={styles.h3}>{`Feasibility: ${s.feasibility.score} / 5`}</Text>
        <View style={{ flexDirection: "row" }}>
          <View style={{ flex: 1, paddingRight: 10 }}>
            <Text style={{ ...styles.small, marginBottom: 3 }}>How the score was reached (it starts at 3):</Text>
            {s.feasibility.reasons.map((r, i) => (
              <View key={i} style={{ flexDirection: "row", marginBottom: 1.5 }}>
                <Text
                  style={{
                    width: 22,
                    fontSize: 8.5,
                    fontWeight: 700,
                    color: r.effect > 0 ? COLOR.green : r.effect < 0 ? COLOR.red : COLOR.faint,
                  }}
                >
                  {r.effect > 0 ? `+${r.effect}` : r.effect < 0 ? `−${-r.effect}` : "±0"}
                </Text>
                <Text style={{ flex: 1, fontSize: 8.5 }}>{r.text}</Text>
              </View>
            ))}
          </View>
          <View style={{ flex: 1 }}>
            <KeyValues items={s.feasibility.inputs} labelFlex={3} valueFlex={2} />
          </View>
        </View>
      </View>
      {s.feasibility.benchmarks.length > 0 && (
        <View style={{ marginBottom: 6 }}>
          <Text style={{ ...styles.small, marginBottom: 2 }}>Known benchmarks:</Text>
          {s.feasibility.benchmarks.map((b, i) => (
            <Text key={i} style={{ fontSize: 8.5 }}>
              {"• "}
              {/^https?:\/\//i.test(b.url) ? (
                <Link src={b.url} style={{ color: COLOR.brand, textDecoration: "underline" }}>
                  {b.title || b.url}
                </Link>
              ) : (
                [b.title, b.url].filter(Boolean).join(" — ")
              )}
            </Text>
          ))}
        </View>
      )}
      {s.feasibility.notes.trim() ? <Labelled label="Notes" text={s.feasibility.notes.trim()} /> : null}

      {s.value ? (
        <View wrap={false}>
          <Text style={styles.h3}>{`Value: ${s.value.score} / 5 — net ${s.value.roiLabel} per year`}</Text>
          {s.value.scoreReason ? <Text style={{ ...styles.small, marginBottom: 4 }}>{`${s.value.scoreReason}.`}</Text> : null}
          <View style={{ flexDirection: "row" }}>
            <View style={{ flex: 1, paddingRight: 10 }}>
              <KeyValues
                labelFlex={3}
                valueFlex={2}
                items={[
                  ...(s.value.businessMetric ? [{ label: "Business metric", value: s.value.businessMetric }] : []),
                  ...(s.value.expectedUplift ? [{ label: "Expected uplift", value: s.value.expectedUplift }] : []),
                  ...s.value.inputs,
                ]}
              />
            </View>
            <View style={{ flex: 1.25 }}>
              <Table
                columns={[col("ROI = value − system cost − cost of errors", 3), numCol("Per year", 1.4)]}
                rows={s.value.calculation.map((c) => [c.label, c.value])}
                emphasizeLast
                size={7.8}
              />
            </View>
          </View>
        </View>
      ) : (
        <View>
          <Text style={styles.h3}>Value</Text>
          <Empty>{s.valueIssues.length ? `The value estimate cannot be used: ${s.valueIssues.join(" ")}` : "No value estimate yet."}</Empty>
        </View>
      )}

      <Text style={styles.h3}>Human-level performance</Text>
      {s.hlpStudies.length ? (
        s.hlpStudies.map((h, i) => <StudyBlock key={i} h={h} />)
      ) : (
        <Empty>No human-level performance study recorded.</Empty>
      )}

      {s.baselines.length > 0 && (
        <View>
          <Text style={styles.h3}>Baselines</Text>
          <Text style={{ ...styles.small, marginBottom: 3 }}>What the solution must beat:</Text>
          <Table
            columns={[col("Kind", 2), col("Metric", 1.6), col("Label", 2), numCol("Value", 1), col("Source", 2.4), col("Measured", 1.2)]}
            rows={s.baselines.map((b) => [
              b.kindLabel,
              b.metricName,
              b.label,
              b.valueText,
              b.citationUrl ? (
                <Link src={b.citationUrl} style={{ fontSize: 8, color: COLOR.brand, textDecoration: "underline" }}>
                  {b.source || b.citationUrl}
                </Link>
              ) : (
                b.source || "—"
              ),
              b.measuredOn ?? "—",
            ])}
          />
        </View>
      )}

      {trend && (
        <View wrap={false}>
          <View style={{ flexDirection: "row", alignItems: "center", marginTop: 10, marginBottom: 4 }}>
            <Text style={{ ...styles.h3, marginTop: 0, marginBottom: 0, marginRight: 8 }}>{`Project history: ${trend.metricName}`}</Text>
            <Badge tone={trend.verdict ? verdictTone[trend.verdict] : "slate"}>{trend.verdictLabel}</Badge>
          </View>
          <Sentence>{trend.sentence}</Sentence>
          {trend.points.length > 0 ? <TrendChart trend={trend} width={width} /> : null}
          {trend.referenceSentence ? <Text style={{ ...styles.small, marginTop: 2 }}>{trend.referenceSentence}</Text> : null}
          <Text style={{ ...styles.small, marginTop: 2 }}>
            {[
              `${plural(trend.points.length, "observed result")}`,
              trend.modelLabel ? `best fit: ${trend.modelLabel.toLowerCase()}` : null,
              trend.target
                ? `target ${formatValue(trend.target.value, trend.unit)} ${trend.target.phrase} (${trend.direction === "higher_is_better" ? "higher is better" : "lower is better"})`
                : "no target set",
              trend.curve.length ? "the band is the 90 % range of the forecast; after the last result the curve is a forecast" : null,
            ]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </View>
      )}
    </View>
  );
}

const focusTitle = (report: ProjectReport) =>
  report.focus.basis === "top_ranked"
    ? "Top-ranked solution (not yet selected)"
    : report.focus.solutions.length > 1
      ? "Selected solutions"
      : "Selected solution";

function ScopingPages({ report, paper, section, pages }: { report: ProjectReport; paper: Paper; section: Section; pages: PageNumbers }) {
  const width = contentWidth(paper);
  const sols = report.prioritization.solutions;
  const unplaced = sols.filter((s) => s.value === null).length;
  return (
    <PortraitPage report={report} paper={paper} bookmark="Feasibility and value">
      <SectionHeading section={{ ...section, title: "Feasibility and value" }} pages={pages} />
      <Text style={styles.h2} {...bookmark("Business problems")}>
        Business problems
      </Text>
      {report.problems.length ? (
        <Table
          columns={[
            col("#", 0.35),
            col("Problem", 3),
            col("Business metric", 2.6),
            col("Stakeholder", 1.8),
            numCol("Priority", 0.9),
            numCol("Solutions", 1),
          ]}
          rows={report.problems.map((p, i) => [
            String(i + 1),
            p.title,
            p.businessMetric || "—",
            p.stakeholder || "—",
            String(p.priority),
            String(p.solutionCount),
          ])}
        />
      ) : (
        <Empty>No business problems yet.</Empty>
      )}

      <View wrap={false}>
        <Text style={styles.h2} {...bookmark("Prioritization")}>
          Prioritization
        </Text>
        <Sentence>{report.prioritization.summary}</Sentence>
        {sols.some((s) => s.value !== null) ? (
          <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
            <PrioritizationChart solutions={sols} />
            <View style={{ flex: 1, paddingLeft: 12, paddingTop: 20 }}>
              {sols.map((s, i) => (
                <View key={s.id} style={{ flexDirection: "row", marginBottom: 3 }}>
                  <Text
                    style={{
                      width: 16,
                      fontSize: 8,
                      fontWeight: 700,
                      color: s.status === "selected" ? COLOR.green : s.status === "rejected" ? COLOR.red : COLOR.brand,
                    }}
                  >{`${i + 1}`}</Text>
                  <Text style={{ flex: 1, fontSize: 8 }}>
                    {s.title}
                    <Text style={{ color: COLOR.faint }}>
                      {s.value === null ? " — not placed: no value estimate" : ` — F ${s.feasibility}, V ${s.value}`}
                    </Text>
                  </Text>
                </View>
              ))}
              {unplaced > 0 && (
                <Text
                  style={{ ...styles.small, marginTop: 4 }}
                >{`${plural(unplaced, "solution")} without a value estimate ${unplaced === 1 ? "is" : "are"} not placed on the chart.`}</Text>
              )}
            </View>
          </View>
        ) : (
          <Empty>
            {sols.length
              ? "No solution has a value estimate yet, so none can be placed on the value × feasibility chart."
              : "No candidate solutions yet."}
          </Empty>
        )}
      </View>
      {sols.length > 0 && (
        <Table
          columns={[
            col("#", 0.35),
            col("Solution", 2.6),
            col("Status", 1.1),
            numCol("Feas.", 0.7),
            numCol("Value", 0.7),
            numCol("Net value / year", 1.6),
            col("Quadrant", 2.2),
          ]}
          rows={sols.map((s, i) => [
            String(i + 1),
            <View key="t">
              <Text style={{ fontSize: 7.8, lineHeight: 1.3 }}>{s.title}</Text>
              <Text style={{ fontSize: 7, lineHeight: 1.3, color: COLOR.faint }}>{s.problemTitle}</Text>
            </View>,
            s.statusLabel,
            String(s.feasibility),
            s.value === null ? "—" : String(s.value),
            s.roiLabel ?? "—",
            s.quadrant ?? "not scored",
          ])}
          size={7.8}
        />
      )}

      <View break={report.focus.solutions.length > 0}>
        <Text style={report.focus.solutions.length > 0 ? styles.h1 : styles.h2} {...bookmark(focusTitle(report))}>
          {focusTitle(report)}
        </Text>
        <Text style={{ ...styles.lead, color: COLOR.muted }}>{report.focus.note}</Text>
      </View>
      {report.focus.solutions.length ? (
        report.focus.solutions.map((s, i) => (
          <SolutionSection key={s.id} s={s} width={width} index={i} count={report.focus.solutions.length} />
        ))
      ) : (
        <Empty>Nothing to show until a solution is proposed and assessed.</Empty>
      )}
    </PortraitPage>
  );
}

function PlanPages({ report, paper, section, pages }: { report: ProjectReport; paper: Paper; section: Section; pages: PageNumbers }) {
  const width = contentWidth(paper);
  const b = report.budget;
  const p = report.payback;
  const money = (v: number) => formatCompactMoney(v, report.project.currency);
  return (
    <PortraitPage report={report} paper={paper} bookmark="Plan">
      <SectionHeading section={{ ...section, title: "Plan: milestones, budget and payback" }} pages={pages} />
      <Text style={styles.h2} {...bookmark("Milestones")}>
        Milestones
      </Text>
      <Sentence>{report.milestones.summary}</Sentence>
      {report.milestones.timeline.rows.length > 0 && (
        <View>
          <Text style={{ ...styles.small, marginBottom: 3 }}>
            Timeline (Gantt chart): each bar runs from a milestone&apos;s start to its due date; an arrow leads from a milestone to one that
            waits for it.
          </Text>
          <GanttChart timeline={report.milestones.timeline} width={width} />
        </View>
      )}
      {report.milestones.items.length > 0 && (
        <Table
          columns={[
            col("Milestone", 2.8),
            col("Phase", 1.3),
            col("Owner (role)", 1.6),
            col("Start", 1.45),
            col("Due", 1.45),
            col("Status", 1.75),
            col("Waits for", 2),
          ]}
          rows={report.milestones.items.map((m) => [
            m.title,
            m.phaseLabel,
            m.ownerRoleLabel,
            m.startDate,
            m.dueDate,
            <Text key="s" style={{ fontSize: 7.8, color: m.isLate ? COLOR.red : COLOR.text, fontWeight: m.isLate ? 700 : 400 }}>
              {m.isLate ? `${m.statusLabel} (late)` : m.statusLabel}
            </Text>,
            m.dependsOn.join(", ") || "—",
          ])}
          size={7.8}
        />
      )}

      <Text style={styles.h2} {...bookmark("Budget")} minPresenceAhead={60}>
        Budget
      </Text>
      <Sentence>{b.summary}</Sentence>
      {b.lineCount > 0 && (
        <>
          <Text style={{ ...styles.small, marginBottom: 3 }}>{`By category (${b.currency}, ${plural(b.lineCount, "budget line")})`}</Text>
          <Table
            columns={[col("Category", 3), numCol("Planned", 2), numCol("Actual", 2)]}
            rows={[...b.categories.map((c) => [c.label, c.planned, c.actual]), ["Total", b.total.planned, b.total.actual]]}
            emphasizeLast
          />
          <Text style={{ ...styles.small, marginBottom: 3 }}>
            By month, with cumulative amounts (actuals count up to the last month that has one)
          </Text>
          <Table
            columns={[
              col("Month", 1.3),
              numCol("Planned", 1.5),
              numCol("Actual", 1.5),
              numCol("Cumulative planned", 1.7),
              numCol("Cumulative actual", 1.7),
            ]}
            rows={b.months.map((m) => [
              m.label,
              m.planned,
              m.actual,
              m.cumPlanned.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
              m.cumActual === null ? "—" : m.cumActual.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
            ])}
            size={7.8}
          />
        </>
      )}

      <View wrap={false}>
        <Text style={styles.h2} {...bookmark("Payback")}>
          Payback
        </Text>
        {!p ? (
          <Empty>No solution is selected or proposed, so there is no value to set against the budget.</Empty>
        ) : p.unavailable ? (
          <Empty>{p.unavailable}</Empty>
        ) : (
          <View>
            <Sentence>{p.summary}</Sentence>
            <Figures
              items={[
                { term: "Net value per year (ROI)", value: money(p.yearlyValueAmount) },
                { term: "Budget cost", value: money(p.totalCostAmount), note: p.costNote ? "actual amounts where recorded" : undefined },
                {
                  term: "Break-even",
                  value: p.breakEven ?? `Not within ${plural(p.horizonYears, "year")}`,
                  note: p.monthsOfUse ? `after ${plural(p.monthsOfUse, "month")} of use` : undefined,
                  tone: p.breakEven ? "good" : "bad",
                },
                {
                  term: `Net after ${plural(p.horizonYears, "year")}`,
                  value: money(p.netAtHorizonValue),
                  tone: p.netAtHorizonValue >= 0 ? "good" : "bad",
                },
              ]}
            />
            <PaybackChart payback={p} currency={report.project.currency} width={width} />
            <Text
              style={{ ...styles.small, marginTop: 2 }}
            >{`Solution: ${p.solutionTitle}. Value counts from ${p.startMonthLabel}: ${p.startRule}. Each month adds a twelfth of the yearly net value; the cost is the budget, using actual amounts where recorded.${p.costNote ? ` ${p.costNote}` : ""} Exact amounts: net value ${p.yearlyValue} a year, budget cost ${p.totalCost}, net ${p.netAtHorizon} after ${plural(p.horizonYears, "year")}.`}</Text>
          </View>
        )}
      </View>
    </PortraitPage>
  );
}

function AppendixPages({
  report,
  paper,
  keys,
  labels,
  section,
  pages,
}: {
  report: ProjectReport;
  paper: Paper;
  keys: readonly string[];
  labels: Map<string, string>;
  section: Section;
  pages: PageNumbers;
}) {
  const byKey = new Map(canvasBoxSources(report).map((b) => [b.key as string, b]));
  const blocks = keys.map((k) => byKey.get(k)!);
  return (
    <PortraitPage report={report} paper={paper} bookmark="Appendix A">
      <SectionHeading section={{ ...section, title: "Appendix A — canvas text in full" }} pages={pages} />
      <Text style={{ ...styles.lead, color: COLOR.muted }}>
        These blocks were too long for the one-page canvas; here is all of their text.
      </Text>
      {blocks.map((b) => {
        const title = `${labels.get(b.key)!.replace(/^appendix /, "")}  ${canvasPageNumber(b.key)}. ${b.title}`;
        return (
          <View key={b.key} style={{ marginBottom: 10 }}>
            <View id={appendixAnchor(b.key)} minPresenceAhead={40}>
              <Text style={styles.h2} {...bookmark(title)}>
                {title}
              </Text>
            </View>
            <Text style={{ ...styles.small, fontStyle: "italic", marginBottom: 5 }}>{b.question}</Text>
            <RichText blocks={boxBlocks(b)} size={BASE_SIZE} />
          </View>
        );
      })}
    </PortraitPage>
  );
}

/**
 * The whole report: cover, canvas (landscape), feasibility and value, plan, appendix when needed.
 * Characters no embedded font can draw are replaced by a placeholder first (the cover says how
 * many and of what kind), so the PDF never shows a wrong glyph or needs a font it does not embed.
 */
export function ReportDocument({ report: given, paper, plan: givenPlan }: { report: ProjectReport; paper: Paper; plan: CanvasPagePlan }) {
  const covers = loadedGlyphCoverage();
  const counts: ReplacedCounts = new Map();
  const report = mapStrings(given, (text) => replaceUnprintable(text, covers, counts));
  const note = unprintableNote(counts);
  const plan = {
    ...givenPlan,
    boxes: givenPlan.boxes.map((b) => ({ ...b, blocks: mapStrings(b.blocks, (t) => replaceUnprintable(t, covers)) })),
  };
  // Appendix entries follow the canvas page's reading order.
  const truncated = [...plan.truncatedKeys].sort((a, b) => canvasPageNumber(a) - canvasPageNumber(b));
  const labels = new Map(truncated.map((k, i) => [k as string, `appendix A.${i + 1}`]));
  const pages: PageNumbers = new Map();
  const sections: Section[] = [
    { id: "section-canvas", title: "Machine Learning Canvas (one landscape page)" },
    {
      id: "section-scoping",
      title: `Feasibility and value: business problems, prioritization, ${report.focus.basis === "top_ranked" ? "the top-ranked solution" : "the selected solution"} with its evidence`,
    },
    { id: "section-plan", title: "Plan: milestones (Gantt chart), budget and payback" },
    ...(truncated.length ? [{ id: "section-appendix", title: "Appendix A: canvas text in full" }] : []),
  ];
  const [canvas, scoping, planSection, appendix] = sections;
  return (
    <Document
      title={`${report.project.name} — project report`}
      author="Scopebench"
      subject={`Project report, ${report.version.label}`}
      creator="Scopebench"
      producer="Scopebench"
      language="en"
      pageMode="useOutlines"
    >
      <Cover report={report} paper={paper} sections={sections} pages={pages} note={note} />
      <CanvasPage
        report={report}
        plan={plan}
        paper={paper}
        appendixLabel={(k) => labels.get(k) ?? "the appendix"}
        note={note}
        id={canvas!.id}
        pages={pages}
      />
      <ScopingPages report={report} paper={paper} section={scoping!} pages={pages} />
      <PlanPages report={report} paper={paper} section={planSection!} pages={pages} />
      {appendix && <AppendixPages report={report} paper={paper} keys={truncated} labels={labels} section={appendix} pages={pages} />}
    </Document>
  );
}
