// Resolve hook for benchmarks that run app modules outside Next: "server-only" becomes an empty
// module (as in the vitest config), without switching on the react-server condition, which would
// give React's server build to libraries such as @react-pdf/renderer that need the full one.
export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}
