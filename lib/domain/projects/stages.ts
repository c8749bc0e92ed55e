import type { LifecycleStage } from "@/lib/domain/enums";

export const STAGE_LABEL: Record<LifecycleStage, string> = {
  scoping: "Scoping",
  data: "Data",
  modeling: "Modeling",
  deployment: "Deployment",
  monitoring: "Monitoring",
};

export const STAGE_DESCRIPTION: Record<LifecycleStage, string> = {
  scoping: "Deciding what to build: problems, candidate solutions, feasibility and value.",
  data: "Collecting, labelling and validating the data the model needs.",
  modeling: "Training and evaluating models against the offline metrics.",
  deployment: "Packaging and serving the model to its users.",
  monitoring: "Watching the model and business metrics in production.",
};
