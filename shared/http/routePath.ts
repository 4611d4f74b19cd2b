// Routes are written once as Express patterns ('/api/sessions/:id'); the client fills the ':name' parts.

type ParamsOf<R extends string> = R extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamsOf<`/${Rest}`>
  : R extends `${string}:${infer Name}`
    ? Name
    : never;

/** `route` with each `:name` replaced by `params[name]`, encoded for a URL path. */
export function routePath<R extends string>(route: R, params: Record<ParamsOf<R>, string>): string {
  return route.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent((params as Record<string, string>)[name] ?? ''));
}
