/** PartnerHub's mark: two linked nodes, a partner and the vendor, joined at a hub. */
export function LogoMark({ size = 18 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" aria-hidden="true">
      <circle cx="7" cy="8" r="3.2" stroke="currentColor" strokeWidth="2.2" />
      <circle cx="17" cy="8" r="3.2" stroke="currentColor" strokeWidth="2.2" opacity="0.75" />
      <path d="M4 19c.8-3 3.6-5 8-5s7.2 2 8 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
      <circle cx="12" cy="14" r="1.6" fill="currentColor" />
    </svg>
  );
}

export function Brand() {
  return (
    <>
      <span className="brand-mark">
        <LogoMark />
      </span>
      PartnerHub
    </>
  );
}
