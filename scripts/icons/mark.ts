/**
 * The app's mark as SVG, drawn for each icon the phones and browsers ask for: a head and
 * shoulders in the body's skin tone, a trigger point (the red cross) on the top of the
 * shoulder and the pain it refers up the side of the head (red dots at the temple), the app's
 * first example (upper trapezius to the temple). `npm run build:icons` rasterises these into
 * public/icons/ (scripts/build-icons.ts); the PNGs are committed.
 */

/** The colours the splash screen and icons share with the page (src/ui/styles.css). */
export const ICON_COLOURS = {
  /** The page's background (--bg): the splash screen and the icons' ground. */
  background: '#f3f1ed',
  skin: '#c9ab90',
  /** The highlight red of a trigger point (--red). */
  red: '#c81a1c',
} as const;

export interface IconSpec {
  /** Path inside public/. */
  file: string;
  size: number;
  /**
   * "any": a rounded tile, the corners see-through; "full": the ground fills the square, for
   * icons the system masks (maskable, Apple's touch icon), with the drawing inside the safe zone.
   */
  shape: 'any' | 'full';
}

export const ICONS: readonly IconSpec[] = [
  { file: 'icons/icon-192.png', size: 192, shape: 'any' },
  { file: 'icons/icon-512.png', size: 512, shape: 'any' },
  { file: 'icons/icon-maskable-512.png', size: 512, shape: 'full' },
  { file: 'icons/apple-touch-icon-180.png', size: 180, shape: 'full' },
];

/**
 * The share of the icon's width the drawing may use when the system masks it: the maskable
 * safe zone is a centred circle of 40 % radius, and the drawing's marks stay inside it.
 */
export const SAFE_RADIUS = 0.4;

/** The drawing on a 512-unit square: the figure, the referred pain, the trigger point. */
function figure(): string {
  const { skin, red } = ICON_COLOURS;
  // Dots of referred pain up the side of the head, the person's left (the viewer's right).
  const dots = [
    [300, 118, 9],
    [318, 140, 11],
    [296, 152, 8],
    [322, 168, 9],
    [304, 180, 7],
    [286, 128, 6],
  ]
    .map(([x, y, r]) => `<circle cx="${x}" cy="${y}" r="${r}" fill="${red}"/>`)
    .join('');
  return [
    `<circle cx="256" cy="150" r="70" fill="${skin}"/>`,
    `<rect x="222" y="200" width="68" height="70" rx="12" fill="${skin}"/>`,
    `<path d="M96 640 L96 400 C96 318 150 262 226 256 L286 256 C362 262 416 318 416 400 L416 640 Z" fill="${skin}"/>`,
    dots,
    // The trigger point: a cross with a pale rim, so it reads at 48 pixels too.
    `<path d="M318 284 L362 328 M362 284 L318 328" stroke="${ICON_COLOURS.background}" stroke-width="38" stroke-linecap="round"/>`,
    `<path d="M318 284 L362 328 M362 284 L318 328" stroke="${red}" stroke-width="22" stroke-linecap="round"/>`,
  ].join('');
}

/** The SVG of one icon, `size` pixels square. */
export function iconSvg(spec: Pick<IconSpec, 'size' | 'shape'>): string {
  const { background } = ICON_COLOURS;
  // The figure spans about 320 of 512 units across and 330 down, centred on (256, 256) when
  // scaled; a masked icon shrinks it into the safe circle.
  const scale = spec.shape === 'full' ? 0.78 : 0.96;
  const drawing = `<g transform="translate(256 262) scale(${scale}) translate(-256 -262)">${figure()}</g>`;
  const ground =
    spec.shape === 'full'
      ? `<rect width="512" height="512" fill="${background}"/>`
      : `<rect width="512" height="512" rx="112" fill="${background}"/>`;
  // A rounded tile clips the figure's shoulders to its own corners.
  const body =
    spec.shape === 'full'
      ? `${ground}${drawing}`
      : `<defs><clipPath id="tile"><rect width="512" height="512" rx="112"/></clipPath></defs>${ground}<g clip-path="url(#tile)">${drawing}</g>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${spec.size}" height="${spec.size}" viewBox="0 0 512 512">${body}</svg>`;
}
