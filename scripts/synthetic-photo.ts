/**
 * Synthetic photos for fixtures and benchmarks: a street scene drawn from a
 * seed (sky, buildings with windows, trees, a path), with film grain so it
 * compresses like a photograph rather than like a flat drawing, and a visible
 * "合成示例照片" label so nobody takes it for a real picture. Never a
 * person's photo.
 */
import sharp, { type Sharp } from 'sharp';
import { random } from './random';

export function sceneSvg(width: number, height: number, seed: number, label = '合成示例照片'): string {
  const r = random(seed);
  const hue = Math.floor(r() * 360);
  const horizon = Math.round(height * (0.55 + r() * 0.15));
  const parts: string[] = [
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${hue},55%,62%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},60%,86%)"/></linearGradient>`,
    `<linearGradient id="ground" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="hsl(${(hue + 180) % 360},22%,46%)"/><stop offset="1" stop-color="hsl(${(hue + 200) % 360},18%,28%)"/></linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
    `<circle cx="${Math.round(width * (0.15 + r() * 0.7))}" cy="${Math.round(horizon * 0.25)}" r="${Math.round(height * 0.07)}" fill="hsl(45,95%,88%)" opacity="0.85"/>`,
  ];
  let x = -Math.round(r() * width * 0.05);
  while (x < width) {
    const w = Math.round(width * (0.08 + r() * 0.12));
    const h = Math.round(horizon * (0.3 + r() * 0.6));
    const top = horizon - h;
    const light = 45 + Math.round(r() * 35);
    parts.push(`<rect x="${x}" y="${top}" width="${w}" height="${h}" fill="hsl(${(hue + 20 + Math.round(r() * 60)) % 360},12%,${light}%)"/>`);
    const cols = Math.max(2, Math.round(w / (width * 0.025)));
    const rows = Math.max(2, Math.round(h / (height * 0.05)));
    for (let i = 0; i < cols; i++) {
      for (let j = 0; j < rows; j++) {
        if (r() < 0.3) continue;
        const wx = x + ((i + 0.25) * w) / cols;
        const wy = top + ((j + 0.3) * h) / rows;
        parts.push(`<rect x="${wx.toFixed(1)}" y="${wy.toFixed(1)}" width="${(w / cols / 2).toFixed(1)}" height="${(h / rows / 2.4).toFixed(1)}" fill="hsl(50,${r() < 0.5 ? 80 : 10}%,${r() < 0.5 ? 80 : 30}%)"/>`);
      }
    }
    x += w + Math.round(r() * width * 0.02);
  }
  parts.push(`<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="url(#ground)"/>`);
  parts.push(`<path d="M${width * 0.45},${height} L${width * 0.52},${horizon} L${width * 0.56},${horizon} L${width * 0.75},${height} Z" fill="hsl(30,15%,70%)" opacity="0.7"/>`);
  for (let i = 0; i < 6; i++) {
    const tx = Math.round(r() * width);
    const ty = horizon + Math.round(r() * (height - horizon) * 0.4);
    const tr = Math.round(height * (0.05 + r() * 0.07));
    parts.push(`<rect x="${tx - tr / 8}" y="${ty}" width="${tr / 4}" height="${tr * 1.4}" fill="hsl(25,35%,25%)"/>`);
    parts.push(`<circle cx="${tx}" cy="${ty}" r="${tr}" fill="hsl(${100 + Math.round(r() * 40)},45%,${28 + Math.round(r() * 15)}%)"/>`);
  }
  const fs = Math.max(12, Math.round(height * 0.045));
  parts.push(
    `<text x="${Math.round(width * 0.03)}" y="${height - Math.round(fs * 0.8)}" font-family="Noto Sans CJK SC, sans-serif" font-size="${fs}" fill="#fff" stroke="#000" stroke-opacity="0.5" stroke-width="${Math.max(1, fs / 16)}">${label}</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${parts.join('')}</svg>`;
}

/** The scene as pixels, with grain; encode it as you like (`.jpeg()`, `.png()`, …). */
export async function syntheticPhoto(width: number, height: number, seed: number, label?: string): Promise<Sharp> {
  const scene = await sharp(Buffer.from(sceneSvg(width, height, seed, label))).removeAlpha().raw().toBuffer();
  const r = random(seed ^ 0x9e3779b9);
  // Texture a few pixels across (leaves, brick, asphalt), which compression keeps as a photo's
  // detail is kept; then film grain on every pixel, as a sensor gives.
  const tw = Math.max(1, Math.round(width / 5));
  const th = Math.max(1, Math.round(height / 5));
  const coarse = Buffer.alloc(tw * th);
  for (let i = 0; i < coarse.length; i++) coarse[i] = Math.round(r() * 255);
  const texture = await sharp(coarse, { raw: { width: tw, height: th, channels: 1 } }).resize(width, height, { kernel: 'cubic' }).raw().toBuffer();
  for (let i = 0; i < scene.length; i++) {
    const v = scene[i] + (texture[Math.floor(i / 3)] - 128) * 0.22 + (r() - 0.5) * 18;
    scene[i] = v < 0 ? 0 : v > 255 ? 255 : v;
  }
  return sharp(scene, { raw: { width, height, channels: 3 } });
}

/** A QR code's look: a square of black modules, with the three finder squares. */
export function qrSvg(seed: number): string {
  const r = random(seed);
  const n = 25;
  const cells: string[] = [];
  for (let y = 0; y < n; y++) for (let x = 0; x < n; x++) if (r() < 0.45) cells.push(`<rect x="${x}" y="${y}" width="1" height="1"/>`);
  const finder = (x: number, y: number) => `<rect x="${x}" y="${y}" width="7" height="7" fill="#000"/><rect x="${x + 1}" y="${y + 1}" width="5" height="5" fill="#fff"/><rect x="${x + 2}" y="${y + 2}" width="3" height="3" fill="#000"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="250" height="250" shape-rendering="crispEdges"><rect width="${n}" height="${n}" fill="#fff"/><g fill="#000">${cells.join('')}</g>${finder(0, 0)}${finder(n - 7, 0)}${finder(0, n - 7)}</svg>`;
}
