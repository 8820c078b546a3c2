/** signed-document (verify, info): an electronic signature (电子印章) was added to the filing after it was built. */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'signed-document',
  severity: 'info',
  description: {
    zh: '备案文件生成后加盖了电子签章（只追加签名，内容未改动）',
    en: 'An electronic signature (seal) was added after the build, and nothing else',
  },
  messages: {
    default: {
      zh: '备案文件在生成后加盖了电子签章（第 {revision} 版）：签名人 {signer}，时间 {time}。该修订只添加了签名及其印章外观，未改动内容。签名有效，证书未经验证',
      en: 'An electronic signature was added after the build (revision {revision}): signer {signer}, time {time}. The update adds only the signature and its seal appearance and changes no content. The signature is valid; its certificate was not verified',
    },
  },
});
