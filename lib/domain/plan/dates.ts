// The calendar helpers moved to lib/domain/dates.ts; this path keeps existing imports working.
// New code imports "@/lib/domain/dates".
import { isoDate } from "../dates";

export * from "../dates";

/** @deprecated The former name of `isoDate` from lib/domain/dates. */
export const toIsoDate: (d: Date) => string = isoDate;
