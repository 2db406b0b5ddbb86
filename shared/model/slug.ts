/** A file name from a title: lower-case letters, digits and single hyphens, at most 60 characters. */
export function slugify(title: string, fallback: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/[\s-]+/g, '-')
      .toLowerCase()
      .slice(0, 60) || fallback
  );
}
