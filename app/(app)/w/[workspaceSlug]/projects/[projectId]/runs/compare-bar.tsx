"use client";
import { useEffect, useRef, useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { MAX_COMPARED_RUNS, MIN_COMPARED_RUNS } from "@/lib/domain/runs/compare";

/**
 * The sticky action under the runs table: "Compare (n)" for the runs ticked in the enclosing GET form
 * (`run=…&run=…`). Without JavaScript the button just submits and the comparison page explains a bad
 * selection; with it, the count follows the boxes and the button is enabled for 2–10 runs only.
 */
export function CompareBar() {
  const ref = useRef<HTMLDivElement>(null);
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    const form = ref.current?.closest("form");
    if (!form) return;
    const update = () => setCount(form.querySelectorAll('input[name="run"]:checked').length);
    update();
    form.addEventListener("change", update);
    return () => form.removeEventListener("change", update);
  }, []);
  const tooMany = count !== null && count > MAX_COMPARED_RUNS;
  const ready = count === null || (count >= MIN_COMPARED_RUNS && !tooMany);
  const message =
    count === null
      ? `Tick ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} runs to compare them.`
      : tooMany
        ? `${count} runs selected: compare at most ${MAX_COMPARED_RUNS} at a time.`
        : count < MIN_COMPARED_RUNS
          ? `Tick ${MIN_COMPARED_RUNS} to ${MAX_COMPARED_RUNS} runs to compare them (${count} selected).`
          : `${count} runs selected.`;
  return (
    <div ref={ref} className="sticky bottom-0 z-10 mt-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white py-3">
      <button type="submit" className={buttonClass("primary")} disabled={!ready} aria-describedby="compare-hint">
        Compare{count === null ? " selected" : ` (${count})`}
      </button>
      <p id="compare-hint" role="status" className={tooMany ? "text-sm font-medium text-red-700" : "text-sm text-slate-600"}>
        {message}
      </p>
    </div>
  );
}
