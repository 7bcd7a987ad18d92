export { chromiumPath, launchChromium } from './chromium';
export { type AssetType, type LoadedAssets, gzipBytes, recordLoadedAssets } from './loaded-assets';
