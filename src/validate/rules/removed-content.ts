/** removed-content: an entry of a baseline item's content list is gone (an error for a county, info for a school). */
import { listRemovalRule } from './list-removal.js';

export default listRemovalRule('content');
