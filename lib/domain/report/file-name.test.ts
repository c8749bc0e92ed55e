import { describe, expect, test } from "vitest";
import { reportFileName } from "./file-name";

describe("reportFileName", () => {
  test("a PDF names its paper size, so A4 and Letter downloads differ", () => {
    expect(reportFileName("Sales forecasting", "pdf", "a4")).toBe("sales-forecasting-report-a4.pdf");
    expect(reportFileName("Sales forecasting", "pdf", "letter")).toBe("sales-forecasting-report-letter.pdf");
  });
  test("without a paper size the name is the plain report name", () => {
    expect(reportFileName("Sales forecasting", "md")).toBe("sales-forecasting-report.md");
  });
});
