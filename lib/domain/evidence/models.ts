// The learning-curve models fitted to a project's history. The fit works in a normalised frame:
// time `s` is scaled so the observed span is 0..1 (s = time since first point / time spanned) and
// values are oriented "higher is better" and centred/scaled by the series, so one model list serves
// both directions and any units. Every saturating model has an offset (a start level `b` and a
// plateau `a`), so entering a curve as accuracy or as error gives mirrored fits.

export type ModelKind = "exponential" | "power" | "logistic" | "mmf" | "weibull" | "linear";

export type Model = {
  kind: ModelKind;
  label: string;
  formula: string;
  f: (p: number[]) => (s: number) => number;
  /** Starting points tried in turn; the best converged fit wins. */
  starts: (ys: number[]) => number[][];
  min: number[];
  max: number[];
  /** The value the curve tends to as time grows (Infinity for an unbounded model). */
  plateau: (p: number[]) => number;
};

const BIG = 1e6;
/** Shift of s for the models in x^−c form, so the first point (s = 0) is finite. */
const X0 = 0.1;

function levels(ys: number[], overshoot: number) {
  const first = ys[0]!;
  const last = ys[ys.length - 1]!;
  return { first, last, a: last + (last - first) * overshoot };
}

export const MODELS: Record<ModelKind, Model> = {
  exponential: {
    kind: "exponential",
    label: "Exponential approach to a plateau",
    formula: "a − (a − b)·exp(−c·t)",
    f:
      ([a, b, c]) =>
      (s) =>
        a! - (a! - b!) * Math.exp(-c! * s),
    starts: (ys) => {
      const { first, a } = levels(ys, 0.2);
      return [0.5, 2, 8].map((c) => [a, first, c]);
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
    starts: (ys) => {
      const { first, a } = levels(ys, 0.3);
      return [0.5, 2, 6].map((c) => [a, a - first, c]);
    },
    min: [-BIG, -BIG, 1e-3],
    max: [BIG, BIG, 50],
    plateau: ([a]) => a!,
  },
  logistic: {
    kind: "logistic",
    label: "Logistic (4 parameters)",
    formula: "b + (a − b) / (1 + exp(−c·(t − d)))",
    f:
      ([a, b, c, d]) =>
      (s) =>
        b! + (a! - b!) / (1 + Math.exp(-c! * (s - d!))),
    starts: (ys) => {
      const { first, a } = levels(ys, 0.1);
      return [
        [a, first - 0.1 * (a - first), 6, 0.2],
        [a, first - 0.5 * (a - first), 3, 0],
      ];
    },
    min: [-BIG, -BIG, 1e-2, -2],
    max: [BIG, BIG, 60, 3],
    plateau: ([a]) => a!,
  },
  mmf: {
    kind: "mmf",
    label: "Morgan–Mercer–Flodin",
    formula: "a − (a − b) / (1 + ((t + 0.1)/k)^d)",
    f:
      ([a, b, k, d]) =>
      (s) =>
        a! - (a! - b!) / (1 + Math.pow((s + X0) / k!, d!)),
    starts: (ys) => {
      const { first, a } = levels(ys, 0.3);
      return [
        [a, first, 0.2, 1],
        [a, first, 0.5, 2],
      ];
    },
    min: [-BIG, -BIG, 1e-3, 0.05],
    max: [BIG, BIG, 100, 10],
    plateau: ([a]) => a!,
  },
  weibull: {
    kind: "weibull",
    label: "Weibull",
    formula: "a − (a − b)·exp(−(c·t)^d)",
    f:
      ([a, b, c, d]) =>
      (s) =>
        a! - (a! - b!) * Math.exp(-Math.pow(c! * s, d!)),
    starts: (ys) => {
      const { first, a } = levels(ys, 0.2);
      return [
        [a, first, 2, 1],
        [a, first, 4, 0.6],
      ];
    },
    min: [-BIG, -BIG, 1e-3, 0.1],
    max: [BIG, BIG, 100, 6],
    plateau: ([a]) => a!,
  },
  linear: {
    kind: "linear",
    label: "Straight line",
    formula: "a + b·t",
    f:
      ([a, b]) =>
      (s) =>
        a! + b! * s,
    starts: (ys) => [[ys[0]!, ys[ys.length - 1]! - ys[0]!]],
    min: [-BIG, -BIG],
    max: [BIG, BIG],
    plateau: ([, b]) => (b! > 0 ? Infinity : b! < 0 ? -Infinity : 0),
  },
};
