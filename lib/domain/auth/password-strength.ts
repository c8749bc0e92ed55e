// Password strength, estimated by zxcvbn (common passwords, dictionary words, names, keyboard
// patterns, repeats, sequences and dates). The dictionaries are large, so the estimator is built
// once, on first use, and kept for the life of the process.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** zxcvbn's score runs 0–4; 3 is "safely unguessable: moderate protection from offline slow-hash attacks". */
export const MIN_PASSWORD_SCORE = 3;

let estimator: ZxcvbnFactory | undefined;
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

export type PasswordVerdict = { ok: true } | { ok: false; message: string };

/**
 * Whether `password` is strong enough, and if not, why — in zxcvbn's words, with its first
 * suggestion. `userInputs` (the person's name and email) count as guessable words.
 * Only the first 100 characters are scored: zxcvbn slows down sharply on long inputs, and a
 * 100-character password is not weak for what follows.
 */
export function checkPasswordStrength(password: string, userInputs: string[] = []): PasswordVerdict {
  const inputs = userInputs.flatMap((s) => [s, ...s.split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3);
  const result = getEstimator().check(password.slice(0, 100), inputs);
  if (result.score >= MIN_PASSWORD_SCORE) return { ok: true };
  const { warning, suggestions } = result.feedback;
  const advice = [warning, suggestions[0]].filter((s): s is string => Boolean(s));
  const message = advice.length
    ? `This password is too easy to guess. ${advice.join(" ")}`
    : "This password is too easy to guess. Add more words or characters.";
  return { ok: false, message };
}
