// The ten blocks of the one-page ML canvas, with the guiding text shown in the editor.
// Pure data: safe to import from server code, client components and tests.

export const CANVAS_BLOCK_KEYS = [
  "value_proposition",
  "data_sources",
  "prediction_task",
  "feature_engineering",
  "offline_evaluation",
  "decisions",
  "making_predictions",
  "collecting_data",
  "building_models",
  "monitoring",
] as const;

export type CanvasBlockKey = (typeof CANVAS_BLOCK_KEYS)[number];

export type CanvasBlockDefinition = {
  key: CanvasBlockKey;
  number: number;
  title: string;
  question: string;
  hint: string;
};

export const CANVAS_BLOCKS: readonly CanvasBlockDefinition[] = [
  {
    key: "value_proposition",
    number: 1,
    title: "Value Proposition",
    question: "Who will use the predictions, what problem do they have, and what will we give them?",
    hint:
      'Fill in the sentence "For [customer] who [need], our [product] is a [category] that [benefit]" and name the business metric that should move. ' +
      "If the benefit cannot be stated without mentioning the model, the problem is probably not clear yet.",
  },
  {
    key: "data_sources",
    number: 2,
    title: "Data Sources",
    question: "Which internal and external sources will feed the system, and what do they really cost?",
    hint:
      "List each source with its owner, refresh rate and access route. " +
      "Note the costs that are easy to miss: licences, labeling effort, legal review, and the engineering time to keep a feed running.",
  },
  {
    key: "prediction_task",
    number: 3,
    title: "Prediction Task",
    question: "What exactly does the model predict, from which inputs, and at what granularity?",
    hint:
      "Name the task type (classification, regression, forecasting, ranking, detection…), the input available at prediction time and the output format. " +
      "Say how complex a model you expect to need, and why a simpler baseline might or might not be enough.",
  },
  {
    key: "feature_engineering",
    number: 4,
    title: "Feature Engineering",
    question: "Which signals, chosen together with domain experts, will the model learn from?",
    hint:
      "Describe the features you plan to build from the raw data and how they are selected, transformed, normalised and encoded. " +
      "Check that every feature is also available, with the same definition, when the model runs in production.",
  },
  {
    key: "offline_evaluation",
    number: 5,
    title: "Offline Evaluation",
    question: "Which metrics and targets must the model meet before it is allowed into production?",
    hint:
      "Pick offline metrics that fit the task (for example F1 or AUROC for classification, RMSE or MAPE for regression, mAP or IoU for detection), set a target for each, and compare against a baseline. " +
      "Describe the test set and how it is kept apart from training data.",
  },
  {
    key: "decisions",
    number: 6,
    title: "Decisions",
    question: "How do predictions turn into actions, and who acts on them?",
    hint:
      "Explain what a user or system does with each prediction and where a person stays in the loop. " +
      "Estimate what a wrong prediction costs in each direction (false positive, false negative, over- or under-estimate), since that drives the thresholds.",
  },
  {
    key: "making_predictions",
    number: 7,
    title: "Making Predictions",
    question: "When, where and how fast must predictions be produced?",
    hint:
      "State whether predictions are made online on request or in scheduled batches, the latency budget, the expected volume, and the deployment target (cloud, on-premise, edge or mobile). " +
      "Include the time needed to compute features, not only model inference.",
  },
  {
    key: "collecting_data",
    number: 8,
    title: "Collecting Data",
    question: "How will fresh data and labels keep arriving so the model does not go stale?",
    hint:
      "Describe where new examples and their ground truth come from after launch, how long labels take to arrive, and what labeling costs. " +
      "Agree on written labeling rules so that different labelers produce consistent labels.",
  },
  {
    key: "building_models",
    number: 9,
    title: "Building Models",
    question: "How often will models be retrained and shipped, and by which pipeline?",
    hint:
      "Set a retraining cadence or trigger, and list the pipeline stages from ingestion to packaging with the tools for each. " +
      "Plan how a new model version is validated and rolled out (shadow, canary or blue-green) and how to roll it back.",
  },
  {
    key: "monitoring",
    number: 10,
    title: "Monitoring",
    question: "What will we watch after launch to know the system still delivers value?",
    hint:
      "List the model, system and business metrics you will track, with alert thresholds, and explain how a change in a model metric shows up in the business metric. " +
      "Include input drift and pipeline health, since many failures start upstream of the model.",
  },
];

const BLOCKS_BY_KEY: ReadonlyMap<CanvasBlockKey, CanvasBlockDefinition> = new Map(
  CANVAS_BLOCKS.map((block) => [block.key, block] as const),
);

export function getCanvasBlock(key: CanvasBlockKey): CanvasBlockDefinition {
  const block = BLOCKS_BY_KEY.get(key);
  if (!block) throw new Error(`Unknown canvas block: ${String(key)}`);
  return block;
}

export const CANVAS_CREDIT = "The ten blocks are adapted from the Machine Learning Canvas by Louis Dorard, licensed under CC BY-SA 4.0.";
