/** removed-channel: an entry of a baseline item's channel list is gone (an error for a county, info for a school). */
import { listRemovalRule } from './list-removal.js';

export default listRemovalRule('channel');
