/** The app's mark: a gold star on red, as on the favicon. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect width="64" height="64" rx="12" fill="#b71c1c" />
      <path
        fill="#ffd600"
        d="M32 10l6.5 14.3 15.5 1.6-11.6 10.4 3.3 15.3L32 43.8 18.3 51.6l3.3-15.3L10 25.9l15.5-1.6z"
      />
    </svg>
  );
}
