import { PARSER_VERSION } from './parser';
import type { AppInfo } from '@shared/api';
import pkg from '../../package.json' with { type: 'json' };

export function appInfo(runtime: AppInfo['runtime']): AppInfo {
  return {
    name: pkg.productName,
    version: pkg.version,
    parserVersion: PARSER_VERSION,
    runtime,
    platform: process.platform,
  };
}
