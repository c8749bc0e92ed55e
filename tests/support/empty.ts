// Stands in for the `server-only` package in tests, which run outside React Server Components.
export {};
