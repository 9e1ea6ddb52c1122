import { authFeature } from '../features/auth/manifest';

/**
 * The features whose public pages (frame 'public': the sign-in page) are part of the first load,
 * with their texts. Every other feature, its texts and the signed-in shell load when the first
 * signed-in page is asked for (signed-in.tsx), so the sign-in page does not wait for them.
 */
export const PUBLIC_FEATURES = [authFeature] as const;
