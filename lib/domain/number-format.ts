// Intl formatters made once and reused. Making an Intl.NumberFormat costs about 30 µs; using one, under 1 µs.
// Pages format hundreds of amounts (a plan's months × budget lines), so a formatter made per amount showed as 5 % of
// the plan page's CPU profile (bench/pages.ts).

const formats = new Map<string, Intl.NumberFormat>();

/** The Intl.NumberFormat for `locale` and `options`, made on first use. Throws as the constructor does (e.g. an unknown currency). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}
