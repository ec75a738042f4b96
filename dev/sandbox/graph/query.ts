/** Graph reads query option names case-insensitively ($SELECT, StartDateTime, ...). */
export function queryValue(query: URLSearchParams, name: string): string | null {
  const wanted = name.toLowerCase();
  for (const [key, value] of query) if (key.toLowerCase() === wanted) return value;
  return null;
}
