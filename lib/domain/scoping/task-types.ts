// The prediction task types a solution can have, shared by solutions and the canvas.
export const TASK_TYPES = [
  "classification",
  "regression",
  "ranking",
  "forecasting",
  "anomaly_detection",
  "detection_segmentation",
  "generation",
  "other",
] as const;
export type TaskType = (typeof TASK_TYPES)[number];
export const TASK_TYPE_LABEL: Record<TaskType, string> = {
  classification: "Classification",
  regression: "Regression",
  ranking: "Ranking / recommendation",
  forecasting: "Forecasting",
  anomaly_detection: "Anomaly detection",
  detection_segmentation: "Detection / segmentation",
  generation: "Generation",
  other: "Other",
};
