import { describe, expect, test } from "vitest";
import {
  DEFAULT_CHANNELS,
  EVENT_LABEL,
  EVENT_TYPES,
  RECIPIENTS,
  effectiveChannels,
  emailSubject,
  emailText,
  evaluateAlert,
  eventTitle,
  excerpt,
  isEventType,
  latestPerSeries,
  metricAnchor,
  parseMentions,
  type AlertRule,
  type AlertState,
} from "./events";

describe("event types", () => {
  test("every type has a label, default channels and a recipient rule", () => {
    for (const type of EVENT_TYPES) {
      expect(EVENT_LABEL[type]).toBeTruthy();
      expect(DEFAULT_CHANNELS[type].inApp).toBe(true);
      expect(RECIPIENTS[type].roles.length > 0 || RECIPIENTS[type].named).toBe(true);
    }
  });

  test("email is on by default for what needs acting on, off for the rest", () => {
    const emailed = EVENT_TYPES.filter((t) => DEFAULT_CHANNELS[t].email);
    expect(emailed.sort()).toEqual(
      [
        "comment.guest",
        "comment.mention",
        "comment.reply",
        "digest.weekly",
        "milestone.late",
        "monitoring.breach",
        "monitoring.recovered",
        "run.failed",
      ].sort(),
    );
  });

  test("breaches reach editors and owners, mentions only the named, digests every member", () => {
    expect(RECIPIENTS["monitoring.breach"].roles).toEqual(["owner", "editor"]);
    expect(RECIPIENTS["comment.mention"]).toMatchObject({ roles: [], named: true });
    expect(RECIPIENTS["invite.accepted"]).toMatchObject({ roles: ["owner"], named: true });
    expect(RECIPIENTS["digest.weekly"].roles).toContain("viewer");
  });

  test("a stored preference wins over the default", () => {
    expect(effectiveChannels("invite.accepted", null)).toEqual({ inApp: true, email: false });
    expect(effectiveChannels("run.failed", { inApp: false, email: true })).toEqual({ inApp: false, email: true });
  });

  test("isEventType", () => {
    expect(isEventType("run.failed")).toBe(true);
    expect(isEventType("run.succeeded")).toBe(false);
  });
});

describe("titles and email text", () => {
  const breach = {
    type: "monitoring.breach" as const,
    metric: "accuracy",
    segment: "eu",
    value: 0.71,
    threshold: 0.8,
    direction: "higher_is_better" as const,
    unit: "",
  };

  test("a breach names the metric, segment, value and threshold", () => {
    expect(eventTitle(breach)).toBe("accuracy in segment “eu” crossed its alert threshold: 0.71");
    expect(emailSubject(breach, "Churn")).toBe("[Churn] accuracy in segment “eu” crossed its alert threshold: 0.71");
  });

  test("the email ends with the unsubscribe link and carries the link to the place", () => {
    const text = emailText({
      facts: breach,
      projectName: "Churn",
      url: "http://x/w/a/projects/b/monitoring",
      unsubscribeUrl: "http://x/u?t=1",
    });
    expect(text).toContain("below its alert threshold of 0.8");
    expect(text).toContain("Open in Scopebench (Churn): http://x/w/a/projects/b/monitoring");
    expect(text.split("\n").at(-1)).toBe("Unsubscribe: http://x/u?t=1");
  });

  test("other titles", () => {
    expect(eventTitle({ type: "run.failed", pipeline: "train", externalId: "r-1", source: "airflow" })).toBe("Run r-1 of train failed");
    expect(eventTitle({ type: "milestone.late", milestone: "Pilot", dueDate: "2026-03-02" })).toMatch(/^Milestone “Pilot” is late \(due /);
    expect(eventTitle({ type: "comment.guest", guestName: "Sam", block: "Value", excerpt: "hi" })).toBe("Sam (guest) commented on “Value”");
    expect(eventTitle({ type: "comment.mention", authorName: "Ada", block: "Value", excerpt: "hi" })).toBe("Ada mentioned you on “Value”");
  });

  test("excerpt flattens and shortens", () => {
    expect(excerpt("a\n\n b  c")).toBe("a b c");
    expect(excerpt("x".repeat(300), 10)).toBe(`${"x".repeat(9)}…`);
  });
});

describe("parseMentions", () => {
  const members = [
    { userId: "u1", name: "Ada", email: "ada@example.com" },
    { userId: "u2", name: "Ada Lovelace", email: "lovelace@example.com" },
    { userId: "u3", name: "Grace Hopper", email: "grace@example.org" },
  ];

  test("by name, longest first, case-insensitive", () => {
    expect(parseMentions("cc @ada lovelace please", members)).toEqual(["u2"]);
    expect(parseMentions("cc @Ada, please", members)).toEqual(["u1"]);
    expect(parseMentions("@Grace Hopper and @Ada", members)).toEqual(["u3", "u1"]);
  });

  test("by email, with trailing punctuation", () => {
    expect(parseMentions("ask @grace@example.org.", members)).toEqual(["u3"]);
    expect(parseMentions("(@LOVELACE@example.com)", members)).toEqual(["u2"]);
  });

  test("a name must end at a word boundary", () => {
    expect(parseMentions("@Adam said", members)).toEqual([]);
    expect(parseMentions("@Ada's point", members)).toEqual(["u1"]);
  });

  test("an @ inside a word or an unknown name mentions no one; each member once", () => {
    expect(parseMentions("mail ada@example.com", members)).toEqual([]);
    expect(parseMentions("@Nobody here", members)).toEqual([]);
    expect(parseMentions("@Ada @ada @ada@example.com", members)).toEqual(["u1"]);
  });
});

describe("evaluateAlert (hysteresis)", () => {
  const rule: AlertRule = { threshold: 0.8, direction: "higher_is_better", quietMinutes: 15 };
  const t0 = Date.UTC(2026, 0, 1, 12, 0);
  const at = (minutes: number) => new Date(t0 + minutes * 60_000);

  /** Feeds values at minutes, returning the alerts raised and the final state. */
  function run(steps: [minute: number, value: number][], r: AlertRule = rule, start: AlertState | null = null) {
    let state = start;
    const alerts: string[] = [];
    for (const [minute, value] of steps) {
      const out = evaluateAlert(state, value, r, at(minute));
      if (out.alert) alerts.push(`${out.alert}@${minute}`);
      if (out.changed) state = out.state;
    }
    return { alerts, state };
  }

  test("the first value inside the threshold raises nothing; beyond it, one breach alert", () => {
    expect(run([[0, 0.9]]).alerts).toEqual([]);
    expect(run([[0, 0.7]]).alerts).toEqual(["breach@0"]);
  });

  test("one alert on entering breach, none while it stays, one on recovery", () => {
    const { alerts, state } = run([
      [0, 0.9],
      [1, 0.75],
      [2, 0.7],
      [3, 0.6],
      [30, 0.72],
      [40, 0.85],
      [41, 0.9],
    ]);
    expect(alerts).toEqual(["breach@1", "recovered@40"]);
    expect(state).toEqual({ breached: false, changedAt: at(40), alertedAt: at(40) });
  });

  test("the threshold itself is not a breach", () => {
    expect(run([[0, 0.8]]).alerts).toEqual([]);
    expect(run([[0, 250]], { threshold: 250, direction: "lower_is_better", quietMinutes: 15 }).alerts).toEqual([]);
    expect(run([[0, 251]], { threshold: 250, direction: "lower_is_better", quietMinutes: 15 }).alerts).toEqual(["breach@0"]);
  });

  test("flapping within the quiet window after a breach alert raises nothing more", () => {
    const { alerts, state } = run([
      [0, 0.7],
      [2, 0.9],
      [4, 0.7],
      [6, 0.9],
      [8, 0.7],
      [14, 0.7],
    ]);
    expect(alerts).toEqual(["breach@0"]);
    // Ends where people were told it is: breached; the last held-back change is remembered.
    expect(state).toMatchObject({ breached: true, alertedAt: at(0) });
  });

  test("a flap that settles is reported once, by the first evaluation after the window", () => {
    const { alerts } = run([
      [0, 0.7],
      [5, 0.9], // recovered within the window: held back
      [10, 0.9],
      [14, 0.95],
      [15, 0.9], // the window (15 minutes) is over: reported now
      [20, 0.9],
    ]);
    expect(alerts).toEqual(["breach@0", "recovered@15"]);
  });

  test("a flap that flips back before the window ends is never reported", () => {
    const { alerts } = run([
      [0, 0.7],
      [5, 0.9],
      [10, 0.7],
      [20, 0.7],
      [60, 0.65],
    ]);
    expect(alerts).toEqual(["breach@0"]);
  });

  test("after a recovery alert, a new breach within the window is held back, then reported if it persists", () => {
    const { alerts } = run([
      [0, 0.7],
      [20, 0.9], // recovery alert
      [25, 0.7], // within 15 minutes of it: held back
      [30, 0.7],
      [36, 0.7], // window over: breach reported
    ]);
    expect(alerts).toEqual(["breach@0", "recovered@20", "breach@36"]);
  });

  test("a quiet window of 0 alerts every crossing", () => {
    const { alerts } = run(
      [
        [0, 0.7],
        [1, 0.9],
        [2, 0.7],
      ],
      { ...rule, quietMinutes: 0 },
    );
    expect(alerts).toEqual(["breach@0", "recovered@1", "breach@2"]);
  });

  test("a series that never alerted breaches at once, whatever its last change", () => {
    const start: AlertState = { breached: false, changedAt: at(0), alertedAt: null };
    expect(run([[1, 0.1]], rule, start).alerts).toEqual(["breach@1"]);
  });

  test("an unchanged side does not rewrite the state", () => {
    const prev: AlertState = { breached: true, changedAt: at(0), alertedAt: at(0) };
    expect(evaluateAlert(prev, 0.5, rule, at(100))).toEqual({ state: prev, alert: null, changed: false });
  });
});

describe("latestPerSeries and metricAnchor", () => {
  test("keeps the latest point of each metric and segment", () => {
    const out = latestPerSeries([
      { metric: "a", segment: "", value: 1, time: "2026-01-01T00:00:02.000Z" },
      { metric: "a", segment: "", value: 2, time: "2026-01-01T00:00:01.000Z" },
      { metric: "a", segment: "eu", value: 3, time: "2026-01-01T00:00:00.000Z" },
    ]);
    expect(out.map((l) => [l.metric, l.segment, l.value])).toEqual([
      ["a", "", 1],
      ["a", "eu", 3],
    ]);
  });

  test("anchors are valid ids", () => {
    expect(metricAnchor("p95 latency (ms)")).toBe("metric-p95_20latency_20_ms_");
    expect(metricAnchor("accuracy")).toBe("metric-accuracy");
  });
});
