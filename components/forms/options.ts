import { optionsOf } from "@/components/ui/field";

/** Whether a metric is better higher or lower, for the metric registry and a history series. */
export const DIRECTION_OPTIONS = optionsOf({ higher_is_better: "Higher is better", lower_is_better: "Lower is better" });
