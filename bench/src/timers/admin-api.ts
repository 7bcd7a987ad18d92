/** A minimal JSON client for the admin calls that set a benchmark up over the real API. */
export function adminApi(baseUrl: string, adminKey: string) {
  return {
    async post<T = unknown>(path: string, body: unknown): Promise<T> {
      const response = await fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${adminKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${text}`);
      return JSON.parse(text) as T;
    },
  };
}
