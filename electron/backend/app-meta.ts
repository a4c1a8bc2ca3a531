/** Name and version of the app, from package.json (bundled by Vite in the desktop build). */
import pkg from '../../package.json' with { type: 'json' };

export const APP_NAME = 'RàSoát';
export const APP_VERSION: string = pkg.version;
