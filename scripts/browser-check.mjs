// Fails early, with instructions, when the browser lane has no Chromium to drive.
import { chromiumFound, chromiumPath, DEFAULT_CHROMIUM } from './chromium.mjs';

if (!chromiumFound()) {
  console.error(`
No Chromium found at ${chromiumPath()}.

The browser tests drive a system Chromium. Either install it:
  Debian/Ubuntu:  sudo apt-get install -y chromium
  macOS:          brew install --cask chromium
or point CHROME_PATH at an installed Chromium or Chrome binary:
  CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm run test:browser
(default: ${DEFAULT_CHROMIUM})
`);
  process.exit(1);
}
