export { chromiumPath, launchChromium } from './chromium';
export { type FirstScreen, type ScreenFile, recordFirstScreen } from './first-screen';
export { type AssetType, type LoadedAssets, gzipBytes, recordLoadedAssets } from './loaded-assets';
