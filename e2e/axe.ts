import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** The rule sets checked: WCAG 2.0/2.1 A and AA, plus axe's best practices (landmarks, headings…). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
/** Impacts that fail a test; "minor" findings are left to judgement. */
const BLOCKING = new Set(["critical", "serious", "moderate"]);

type Options = {
  /** Records the failure and lets the test go on (the automatic scans use it to report every page). */
  soft?: boolean;
  /** Names the page in the failure message (defaults to its path). */
  label?: string;
};

/**
 * Runs axe on the page as it is now, after its first heading is visible, and fails on any critical,
 * serious or moderate violation. The message lists each rule with its impact, the offending
 * elements' selectors and the rule's help page.
 */
export async function expectAccessible(page: Page, { soft = false, label }: Options = {}) {
  const name = label ?? new URL(page.url()).pathname;
  await expect(page.locator("h1").first(), `${name} has a level-one heading`).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const blocking = violations.filter((v) => BLOCKING.has(v.impact ?? ""));
  const report = blocking
    .map((v) => {
      const targets = v.nodes.map((n) => `    ${n.target.join(" ")}`).join("\n");
      return `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${targets}`;
    })
    .join("\n");
  const assert = soft ? expect.soft : expect;
  assert(report, `axe found ${blocking.length} violation(s) on ${name} (${page.url()})`).toBe("");
}
