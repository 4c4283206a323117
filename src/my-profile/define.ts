import { defineElement } from '../internal/define.js';
import '../ui/alert/define.js';
import { HabilMyProfile } from './my-profile.js';

export * from './my-profile.js';

defineElement('habil-my-profile', HabilMyProfile);

declare global {
  interface HTMLElementTagNameMap {
    'habil-my-profile': HabilMyProfile;
  }
}
