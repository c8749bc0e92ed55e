// The three saturating learning-curve models fitted to a project's history. Time `s` is scaled so
// the observed span is 0..1 (s = days since first point / days spanned), and values are divided by
// the largest |value|, so the least-squares problem is well conditioned whatever the units.

export type ModelKind = "exponential" | "power" | "logistic";

export type Model = {
  kind: ModelKind;
  label: string;
  formula: string;
  f: (p: number[]) => (s: number) => number;
  jacobian: (p: number[]) => (s: number) => number[];
  /** Starting points tried in turn; the best converged fit wins. */
  starts: (ys: number[]) => number[][];
  min: number[];
  max: number[];
  /** The value the curve tends to as time grows. */
  plateau: (p: number[]) => number;
};

const BIG = 1e6;

export const MODELS: Record<ModelKind, Model> = {
  exponential: {
    kind: "exponential",
    label: "Exponential approach to a plateau",
    formula: "a − (a − b)·exp(−c·t)",
    f:
      ([a, b, c]) =>
      (s) =>
        a! - (a! - b!) * Math.exp(-c! * s),
    jacobian:
      ([a, b, c]) =>
      (s) => {
        const e = Math.exp(-c! * s);
        return [1 - e, e, (a! - b!) * s * e];
      },
    starts: (ys) => {
      const first = ys[0]!;
      const last = ys[ys.length - 1]!;
      return [0.5, 2, 8].map((c) => [last + (last - first) * 0.2, first, c]);
    },
    min: [-BIG, -BIG, 1e-3],
    max: [BIG, BIG, 100],
    plateau: ([a]) => a!,
  },
  power: {
    kind: "power",
    label: "Power law",
    formula: "a − b·(t + 1)^(−c)",
    f:
      ([a, b, c]) =>
      (s) =>
        a! - b! * Math.pow(s + 1, -c!),
    jacobian:
      ([, b, c]) =>
      (s) => {
        const q = Math.pow(s + 1, -c!);
        return [1, -q, b! * Math.log(s + 1) * q];
      },
    starts: (ys) => {
      const first = ys[0]!;
      const last = ys[ys.length - 1]!;
      return [0.5, 2, 6].map((c) => {
        const a = last + (last - first) * 0.3;
        return [a, a - first, c];
      });
    },
    min: [-BIG, -BIG, 1e-3],
    max: [BIG, BIG, 50],
    plateau: ([a]) => a!,
  },
  logistic: {
    kind: "logistic",
    label: "Logistic",
    formula: "a / (1 + exp(−c·(t − d)))",
    f:
      ([a, c, d]) =>
      (s) =>
        a! / (1 + Math.exp(-c! * (s - d!))),
    jacobian:
      ([a, c, d]) =>
      (s) => {
        const g = 1 / (1 + Math.exp(-c! * (s - d!)));
        return [g, a! * g * (1 - g) * (s - d!), -a! * g * (1 - g) * c!];
      },
    starts: (ys) => {
      const top = Math.max(...ys.map(Math.abs));
      const rising = ys[ys.length - 1]! >= ys[0]!;
      return [1.1, 1.5].flatMap((k) => [0, 0.5].map((d) => [top * k * Math.sign(ys[ys.length - 1]! || 1), rising ? 4 : -4, d]));
    },
    min: [-BIG, -100, -5],
    max: [BIG, 100, 10],
    plateau: ([a, c]) => (c! > 0 ? a! : 0),
  },
};
