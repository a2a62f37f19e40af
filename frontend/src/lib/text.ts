/** Folds Vietnamese text for forgiving search: lower case, no diacritics, đ → d ("Đắk Lắk" ~ "dak lak"). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function matchesSearch(haystack: string | null | undefined, needle: string): boolean {
  const n = foldVietnamese(needle);
  if (!n) return true;
  return foldVietnamese(haystack ?? '').includes(n);
}
