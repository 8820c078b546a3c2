/** duplicate-catalogue: two input files declare the same catalogue id (reported across files by check and build). */
import { defineStageCode } from '../rule.js';

export default defineStageCode({
  id: 'duplicate-catalogue',
  severity: 'error',
  description: { zh: '两个目录文件用了同一个目录编号（id）', en: 'Two catalogue files use the same catalogue id' },
  messages: {
    default: {
      zh: '目录编号“{id}”与“{others}”重复。生成的文件以编号命名（{id}.notice.pdf 等），重复时后一个会覆盖前一个：请给每个目录一个唯一的 id',
      en: 'The catalogue id "{id}" is also used by "{others}". Output files are named after the id ({id}.notice.pdf …) and one would overwrite the other: give every catalogue its own id',
    },
  },
});
