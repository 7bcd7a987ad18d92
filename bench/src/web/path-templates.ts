/**
 * Matches request paths to the API's path templates (the `paths` of openapi.json): `/v1/plans/NM-1/cockpit` →
 * `/v1/plans/{id}/cockpit`. A template with more literal segments wins (`/v1/inbox/unread-counts` over
 * `/v1/inbox/{id}`); a path no template matches is kept as it is.
 */
export function pathTemplateMatcher(templates: readonly string[]): (path: string) => string {
  const compiled = templates
    .map((template) => {
      const segments = template.split('/');
      return {
        template,
        literals: segments.filter((s) => !/^\{.+\}$/.test(s)).length,
        pattern: new RegExp(`^${segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : escape(s))).join('/')}$`),
      };
    })
    .sort((a, b) => b.literals - a.literals);
  return (path) => {
    const pathname = path.split(/[?#]/)[0];
    return compiled.find((c) => c.pattern.test(pathname))?.template ?? pathname;
  };
}

const escape = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Values grouped by a key, keys in order of first appearance. */
export function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}
