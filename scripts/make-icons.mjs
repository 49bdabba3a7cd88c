// Makes every icon the app and its installers need from resources/build/icon.svg and tray.svg:
// PNGs in all sizes, a Windows .ico and a macOS .icns (both hold PNGs), and the tray images.
// Chromium renders the SVGs, so no image library is needed. Run: node scripts/make-icons.mjs
import { chromium } from '@playwright/test'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const build = path.join(root, 'resources/build')
const appIcons = path.join(root, 'resources/app-icons')
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
  (p) => p && fs.existsSync(p),
)

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ deviceScaleFactor: 1 })

async function render(svgFile, size, { white = false } = {}) {
  let svg = fs.readFileSync(svgFile, 'utf8')
  if (white) svg = svg.replaceAll('#000', '#fff')
  await page.setViewportSize({ width: size, height: size })
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  )
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } })
}

/** A Windows icon: a directory of PNG images (Vista and later read PNG entries). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length)
  header.writeUInt16LE(0, 0)
  header.writeUInt16LE(1, 2)
  header.writeUInt16LE(images.length, 4)
  let offset = header.length
  images.forEach(({ size, png }, i) => {
    const e = 6 + 16 * i
    header.writeUInt8(size >= 256 ? 0 : size, e)
    header.writeUInt8(size >= 256 ? 0 : size, e + 1)
    header.writeUInt16LE(1, e + 4)
    header.writeUInt16LE(32, e + 6)
    header.writeUInt32LE(png.length, e + 8)
    header.writeUInt32LE(offset, e + 12)
    offset += png.length
  })
  return Buffer.concat([header, ...images.map((i) => i.png)])
}

/** A macOS icon: typed PNG chunks (ic07 = 128 px … ic10 = 1024 px, ic11–ic14 the @2x sizes). */
function icns(chunks) {
  const parts = chunks.map(({ type, png }) => {
    const head = Buffer.alloc(8)
    head.write(type, 0, 'ascii')
    head.writeUInt32BE(png.length + 8, 4)
    return Buffer.concat([head, png])
  })
  const head = Buffer.alloc(8)
  head.write('icns', 0, 'ascii')
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4)
  return Buffer.concat([head, ...parts])
}

const svg = path.join(build, 'icon.svg')
const sizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024]
const png = {}
for (const size of sizes) png[size] = await render(svg, size)

fs.mkdirSync(path.join(build, 'icons'), { recursive: true })
for (const size of sizes.filter((s) => s <= 512)) {
  fs.writeFileSync(path.join(build, 'icons', `${size}x${size}.png`), png[size])
}
fs.writeFileSync(path.join(build, 'icon.png'), png[1024])
fs.writeFileSync(
  path.join(build, 'icon.ico'),
  ico([16, 24, 32, 48, 64, 128, 256].map((size) => ({ size, png: png[size] }))),
)
const icnsTypes = {
  icp4: 16,
  icp5: 32,
  icp6: 64,
  ic07: 128,
  ic08: 256,
  ic09: 512,
  ic10: 1024,
  ic11: 32,
  ic12: 64,
  ic13: 256,
  ic14: 512,
}
fs.writeFileSync(
  path.join(build, 'icon.icns'),
  icns(Object.entries(icnsTypes).map(([type, size]) => ({ type, png: png[size] }))),
)

// Shipped inside the app: the window/notification icon and the tray images.
fs.mkdirSync(appIcons, { recursive: true })
fs.writeFileSync(path.join(appIcons, 'icon.png'), png[256])
const tray = path.join(build, 'tray.svg')
fs.writeFileSync(path.join(appIcons, 'trayTemplate.png'), await render(tray, 16))
fs.writeFileSync(path.join(appIcons, 'trayTemplate@2x.png'), await render(tray, 32))
// Windows and Linux trays have no template images: the coloured app icon reads on any panel.
fs.writeFileSync(path.join(appIcons, 'tray.png'), png[16])
fs.writeFileSync(path.join(appIcons, 'tray@2x.png'), png[32])

await browser.close()
console.log('Icons written to resources/build and resources/app-icons.')
