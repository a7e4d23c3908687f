/**
 * Where the "Was this page useful?" widget posts: the intake's feedback route, beside the referral form's. The
 * referral form's endpoint in settings (`referral.endpoint`) says where the intake is: a path such as
 * `/api/referrals` means it is on this site; a full address means it is on a host of its own. Build time only.
 */
import { besideIntake } from '../../shared/intake-address.ts';
import { PAGE_FEEDBACK_PATH } from './feedback.ts';

/** The feedback endpoint for the referral endpoint in settings: `/api/feedback` on this site, or on the intake's host. */
export function feedbackEndpoint(referralEndpoint: string): string {
  return besideIntake(referralEndpoint, PAGE_FEEDBACK_PATH);
}
