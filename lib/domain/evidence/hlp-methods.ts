// How a human-level performance score was obtained: the form's choices and the words shown for them.
export const HLP_METHODS = ["experts", "crowd", "other"] as const;
export type HlpMethod = (typeof HLP_METHODS)[number];
export const HLP_METHOD_LABEL: Record<HlpMethod, string> = {
  experts: "Domain experts",
  crowd: "Crowd labelers",
  other: "Other",
};
